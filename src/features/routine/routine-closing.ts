import type { Clock } from '../../lib/time/clock';
import type { RoutineState } from './routine-state';

/** The closing screen stays this long; after it, the routine's overview shows again. */
export const SUMMARY_MS = 60 * 60_000;

/**
 * After the routine: the closing screen, given way to the routine's overview when the person
 * asks, or once it is an hour old (checked on opening the screen and when the page shows).
 */
export function createRoutineClosing(state: RoutineState, clock: Clock, doc: Document | undefined) {
  const { status, summary } = state;

  /** Back to the routine's overview after the closing screen. */
  function again() {
    if (status.peek() !== 'done') return;
    summary.value = null;
    status.value = 'setup';
  }

  /** Last night's closing words give way to the routine once they are an hour old. */
  function freshen() {
    const ended = summary.peek();
    if (status.peek() === 'done' && ended && clock.now() - ended.endedAt >= SUMMARY_MS) again();
  }
  // A phone locked on the closing screen and woken the next evening shows the routine again.
  const onShown = () => doc?.visibilityState === 'visible' && freshen();
  doc?.addEventListener('visibilitychange', onShown);

  return {
    again,
    freshen,
    dispose: () => doc?.removeEventListener('visibilitychange', onShown),
  };
}
