import { batch, type ReadonlySignal } from '@preact/signals';
import type { Clock } from '../../lib/time/clock';
import { startSession } from '../../lib/time/session-clock';
import type { RoutineAway } from './routine-away';
import type { RoutineHost } from './routine-host';
import type { RoutineHosting } from './routine-hosting';
import type { RoutineKeeper } from './routine-keeper';
import type { RoutineMoves } from './routine-moves';
import { withOutcome, type RunningRoutine } from './routine-session';
import type { RoutineStep } from './routine-settings';
import { isUnderWay, type RoutineState } from './routine-state';
import { isTimed } from './routine-steps';

/**
 * What the person can do with the routine: start it, pause it, go through its steps, end it.
 * Made of the other parts; `routine` is the person's routine now, started by `start`.
 */
export function createRoutineActions<V>(
  state: RoutineState,
  host: RoutineHost<V>,
  clock: Clock,
  routine: ReadonlySignal<RoutineStep[]>,
  keeper: RoutineKeeper,
  moves: RoutineMoves,
  away: RoutineAway,
  hosting: RoutineHosting<V>,
) {
  const { status, current, summary } = state;

  /** An action on the routine under way; nothing before it starts, while away or after. */
  const running =
    <T>(action: (routine: RunningRoutine) => T) =>
    () => {
      const routine = current.peek();
      return routine && isUnderWay(status) ? action(routine) : undefined;
    };

  return {
    /** Starts the routine at its first step. */
    start() {
      if (status.peek() !== 'setup' && status.peek() !== 'done') return;
      const steps = routine.peek();
      if (steps.length === 0) return;
      void host.forget();
      const at = clock.now();
      moves.takeOver({
        steps,
        index: 0,
        outcomes: steps.map(() => 'todo'),
        startedAt: at,
        step: startSession(clock),
        begun: false,
        seenAt: at,
      });
      batch(() => {
        summary.value = null;
        keeper.setStatus('running');
      });
      keeper.keep(current.peek()!);
    },
    /** Holds the routine and its hosted session. */
    pause: running(() => {
      if (status.peek() !== 'running') return;
      away.holdStep(true);
      hosting.pause();
    }),
    /** Carries on after a pause, or after being away. */
    resume() {
      const routine = current.peek();
      if (!routine || (status.peek() !== 'paused' && status.peek() !== 'away')) return;
      away.holdStep(false);
      hosting.resume();
    },
    /** Ticks off the habit shown and moves on. */
    done: running((routine) => {
      if (routine.steps[routine.index].kind !== 'habit') return;
      moves.advance(withOutcome(moves.engage(routine), 'done'));
    }),
    /** Starts the hosted session of the timed step shown. */
    begin: running((routine) => {
      const step = routine.steps[routine.index];
      if (!isTimed(step) || routine.begun) return;
      const engaged = moves.engage(routine);
      const opened = hosting.hosted.peek() ?? hosting.open(step);
      if (!opened.session.start()) return void hosting.close();
      keeper.keep({ ...engaged, begun: true });
    }),
    /** To the next step; the one shown counts as skipped unless something was done in it. */
    next: running((routine) => {
      const engaged = moves.engage(routine);
      const did = hosting.close();
      const done = did || routine.outcomes[routine.index] === 'done';
      moves.advance(withOutcome(engaged, done ? 'done' : 'skipped'));
    }),
    /** Back to the step before (what was done there stays done). */
    back: running((routine) => {
      if (routine.index === 0) return;
      const engaged = moves.engage(routine);
      const did = hosting.close();
      moves.moveTo(did ? withOutcome(engaged, 'done') : engaged, routine.index - 1);
    }),
    /** Lights out: the step's sounds start, and the routine is complete. */
    lightsOut: running((routine) => {
      const step = routine.steps[routine.index];
      if (step.kind !== 'sounds') return;
      host.lightsOut(step);
      moves.finish(withOutcome(routine, 'done'), true, step);
    }),
    /** Ends the routine now; it is recorded if any step was done. */
    end() {
      const routine = current.peek();
      if (routine && status.peek() !== 'loading') moves.finish(routine, false, null);
    },
  };
}
