import { batch } from '@preact/signals';
import type { Journal } from '../../lib/storage/journal';
import type { Clock } from '../../lib/time/clock';
import { pauseSession, resumeSession, startSession } from '../../lib/time/session-clock';
import type { RoutineSlot } from './routine-deps';
import type { RoutineKeeper } from './routine-keeper';
import { journalEntry, stepsByOutcome, type RunningRoutine } from './routine-session';
import type { RoutineState } from './routine-state';
import type { StepOf } from './routine-steps';

/**
 * Moving through the routine: taking one over, from step to step, carried on by the person's
 * action from a pause, and its end (the journal gets it if something was done). Beyond its
 * state and keeper it needs `closeHosted`, which lets go of the hosted session shown and says
 * whether anything was done in it, and `watch`, which starts or stops following the person.
 */
export function createRoutineMoves(
  state: RoutineState,
  keeper: RoutineKeeper,
  clock: Clock,
  slot: RoutineSlot,
  journal: Journal,
  busy: (reason: string) => () => void,
  closeHosted: () => boolean,
  watch: (on: boolean) => void,
) {
  const { status, current, summary } = state;
  let releaseBusy: (() => void) | null = null;

  /** Moves to step `index`, its time starting now (held if the routine is not running). */
  function moveTo(running: RunningRoutine, index: number) {
    // Keeping it waits for the new step's minutes in place of the old one's.
    const fresh = startSession(clock);
    const step = status.peek() === 'running' ? fresh : pauseSession(fresh, clock);
    keeper.keep({ ...running, index, step, begun: false });
  }

  /** After a step: the next one, or the end of the routine after the last. */
  function advance(running: RunningRoutine) {
    if (running.index + 1 < running.steps.length) moveTo(running, running.index + 1);
    else finish(running, true, null);
  }

  /** A person's action on a step carries the routine on, from a pause too. */
  function engage(routine: RunningRoutine): RunningRoutine {
    if (status.peek() !== 'paused') return routine;
    keeper.setStatus('running');
    return { ...routine, step: resumeSession(routine.step, clock) };
  }

  /** Makes `running` the routine under way: the app kept busy, the person followed. */
  function takeOver(running: RunningRoutine) {
    releaseBusy ??= busy('routine');
    watch(true);
    current.value = running;
  }

  /** Ends the routine: recorded if anything was done, forgotten by the slot, summed up. */
  function finish(running: RunningRoutine, completed: boolean, lightsOut: StepOf<'sounds'> | null) {
    keeper.stopTick();
    watch(false);
    closeHosted();
    const { done, skipped } = stepsByOutcome(running);
    if (done.length > 0) void journal.add(journalEntry(running, clock.now(), completed));
    void slot.clear();
    releaseBusy?.();
    releaseBusy = null;
    batch(() => {
      keeper.setStatus('done');
      current.value = null;
      summary.value = { done, skipped, completed, lightsOut, endedAt: clock.now() };
    });
  }

  return {
    moveTo,
    advance,
    engage,
    takeOver,
    finish,
    dispose: () => releaseBusy?.(),
  };
}

/** The routine's moves' interface. */
export type RoutineMoves = ReturnType<typeof createRoutineMoves>;
