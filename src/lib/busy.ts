/**
 * "Busy" means a routine, timer or sound is running. While busy, nothing may reload the page:
 * an update waits until the person is done.
 */
const holds = new Set<symbol>();
const listeners = new Set<(busy: boolean) => void>();

/** True while anything holds the app busy. */
export function isBusy(): boolean {
  return holds.size > 0;
}

/** Marks the app busy until the returned function is called (calling it twice is harmless). */
export function holdBusy(reason: string): () => void {
  const hold = Symbol(reason);
  const wasBusy = isBusy();
  holds.add(hold);
  if (!wasBusy) listeners.forEach((listener) => listener(true));
  return () => {
    if (!holds.delete(hold)) return;
    if (!isBusy()) listeners.forEach((listener) => listener(false));
  };
}

/** Calls `listener` whenever the app becomes busy or idle. */
export function onBusyChange(listener: (busy: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
