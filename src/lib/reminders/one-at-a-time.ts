/**
 * Wraps `task` so it never runs alongside itself. A call while it runs waits for that run and
 * asks for one more after it (however many calls came in, one more): the later run sees what
 * changed meanwhile. `repeat` says whether the extra run is still wanted (false once stopped).
 */
export function oneAtATime(
  task: () => Promise<void>,
  repeat: () => boolean = () => true,
): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await task();
        } while (again && repeat());
      } finally {
        running = null;
      }
    })();
    return running;
  };
}
