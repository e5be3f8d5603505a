/** The part of the Prioritized Task Scheduling API used here (Chromium 129+, Firefox 142+). */
interface YieldingScheduler {
  yield(): Promise<void>;
}

/**
 * Ends the current task and resumes in a new one, so that start-up work comes in tasks short
 * enough (under 50 ms on a slow phone) that a tap or a frame is never kept waiting between them.
 * `scheduler.yield()` resumes ahead of other queued tasks where the browser has it; elsewhere a
 * timer does, queued behind them.
 */
export function nextTask(
  scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler,
): Promise<void> {
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resume) => setTimeout(resume, 0));
}
