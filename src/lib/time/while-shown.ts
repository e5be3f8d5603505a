/**
 * Calls `onTick` now and every `everyMs` while the page is shown, and at once when it is shown
 * again; nothing while it is hidden, since what is shown is worked out from the clock and there
 * is nothing to catch up. Given a clock, the ticks fall just after each whole `everyMs` of it
 * (a countdown in seconds turns over with the clock's second). A timer costs far less than
 * animation frames, which keep the page rendering: on Tonight they were a frame's work sixty
 * times a second (at Lighthouse's fourfold slowdown, 20-50 ms each time its text changed).
 */
export function whileShown(
  onTick: () => void,
  everyMs: number,
  clock?: { now(): number },
  doc: Document = document,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const tick = () => {
    clearTimeout(timer);
    if (stopped || doc.visibilityState !== 'visible') return;
    onTick();
    // A few ms past the turn, so a timer that fires on time lands in the new second.
    const wait = clock ? everyMs - (clock.now() % everyMs) + 4 : everyMs;
    timer = setTimeout(tick, wait);
  };
  doc.addEventListener('visibilitychange', tick);
  tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
    doc.removeEventListener('visibilitychange', tick);
  };
}
