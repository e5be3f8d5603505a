import type { Clock } from '../../lib/time/clock';
import { elapsedMs } from '../../lib/time/session-clock';
import { createHostedStep } from './hosted-step';
import type { RoutineAway } from './routine-away';
import type { RoutineHost } from './routine-host';
import type { RoutineKeeper } from './routine-keeper';
import type { RoutineMoves } from './routine-moves';
import { stepLengthMs } from './routine-plan';
import { withOutcome } from './routine-session';
import type { RoutineState } from './routine-state';
import type { TimedStep } from './routine-steps';

/**
 * The hosted step inside the routine: the session of the step shown, whose end and own
 * controls steer the routine (its end carries it on through the moves, its own Pause holds it
 * through pausing), and brought back after a reload (or moved past, if gone).
 */
export function createRoutineHosting<V>(
  host: RoutineHost<V>,
  state: RoutineState,
  keeper: RoutineKeeper,
  clock: Clock,
  moves: Pick<RoutineMoves, 'engage' | 'advance'>,
  away: Pick<RoutineAway, 'holdStep'>,
) {
  const { status, current } = state;
  const hosting = createHostedStep(host, {
    ended(did) {
      const running = current.peek();
      if (!running) return;
      // Ended by its time, or by its own Stop (a tap that carries the routine on from a pause).
      const routine = moves.engage(running);
      const done = did || routine.outcomes[routine.index] === 'done';
      moves.advance(withOutcome(routine, done ? 'done' : 'skipped'));
    },
    held(hold) {
      // Its own Pause and Resume hold the routine too (but never bring it back from away).
      if (status.peek() === (hold ? 'running' : 'paused')) away.holdStep(hold);
    },
  });

  /** Brings back the hosted session of a step begun before a reload, or moves past it. */
  async function resumeHosted(step: TimedStep, away: boolean) {
    const opened = hosting.open(step);
    await opened.session.restored;
    if (hosting.hosted.peek() !== opened) return;
    if (away) hosting.pause();
    if (opened.session.status.peek() !== 'setup') return;
    // Its session is gone (it ended long ago, or could not be read): done if it had the time.
    const running = current.peek();
    if (!running) return;
    hosting.close();
    const spent = elapsedMs(running.step, clock) >= stepLengthMs(step, host.guides);
    if (spent) moves.advance(withOutcome(running, 'done'));
    else keeper.keep({ ...running, begun: false });
  }

  return { ...hosting, resumeHosted };
}

/** The routine's hosted step's interface. */
export type RoutineHosting<V> = ReturnType<typeof createRoutineHosting<V>>;
