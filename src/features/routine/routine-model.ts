import { batch, computed } from '@preact/signals';
import { startSession } from '../../lib/time/session-clock';
import { createRoutineCore, AWAY_MS, SUMMARY_MS, type RoutineDeps } from './routine-core';
import { routineLengthMs } from './routine-plan';
import { pausedAt, withOutcome, type RunningRoutine } from './routine-session';
import { isTimed, routineOf } from './routine-steps';
import { routineTime } from './routine-time';

/**
 * The guided nightly routine: one step at a time, habits ticked off and the other features'
 * sessions hosted as steps. Every step change is saved with the time on the step, so a reload,
 * a killed app or hours away come back to the same step; a hosted session keeps its own clock
 * in its own resume slot. The journal gets the routine once it ends with something done.
 */
export function createRoutineModel<V>(deps: RoutineDeps<V>) {
  const core = createRoutineCore(deps);
  const { status, current, summary, hosting, clock, doc, settings, slot, host } = core;
  const { hosted } = hosting;

  async function restore() {
    const saved = await slot.load();
    if (status.peek() !== 'loading') return;
    if (!saved) return void (status.value = 'setup');
    const away = clock.now() - saved.seenAt >= AWAY_MS;
    const running = away ? { ...saved, step: pausedAt(saved.step, saved.seenAt) } : saved;
    core.takeOver(running);
    core.setStatus(away ? 'away' : running.step.pausedAt === null ? 'running' : 'paused');
    if (away) core.keep(running);
    else core.tick();
    const step = running.steps[running.index];
    if (running.begun && isTimed(step)) await core.resumeHosted(step, away);
  }
  const restored = restore();

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

  const running =
    <T>(action: (routine: RunningRoutine) => T) =>
    () => {
      const routine = current.peek();
      return routine && core.isActive() ? action(routine) : undefined;
    };

  /** The person's routine now (their own, or the default), for the screen before it starts. */
  const routine = computed(() => routineOf(settings.settings.value));
  const time = routineTime(current, hosted, host.guides, core.now);

  return {
    status,
    current,
    hosted,
    /** What the routine knows of the features it hosts, for its screens. */
    guides: host.guides,
    summary,
    restored,
    routine,
    /** The length of the person's routine, in ms (before it starts). */
    lengthMs: computed(() => routineLengthMs(routine.value, host.guides)),
    /** The step shown now. */
    step: computed(() => {
      const routine = current.value;
      return routine ? routine.steps[routine.index] : null;
    }),
    ...time,

    /** Starts the routine at its first step. */
    start() {
      if (status.peek() !== 'setup' && status.peek() !== 'done') return;
      const steps = routine.peek();
      if (steps.length === 0) return;
      void host.forget();
      const at = clock.now();
      core.takeOver({
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
        core.setStatus('running');
      });
      core.keep(current.peek()!);
    },
    pause: running(() => {
      if (status.peek() !== 'running') return;
      core.holdStep(true);
      hosting.pause();
    }),
    /** Carries on after a pause, or after being away. */
    resume() {
      const routine = current.peek();
      if (!routine || (status.peek() !== 'paused' && status.peek() !== 'away')) return;
      core.holdStep(false);
      hosting.resume();
    },
    /** Ticks off the habit shown and moves on. */
    done: running((routine) => {
      if (routine.steps[routine.index].kind !== 'habit') return;
      core.advance(withOutcome(core.engage(routine), 'done'));
    }),
    /** Starts the hosted session of the timed step shown. */
    begin: running((routine) => {
      const step = routine.steps[routine.index];
      if (!isTimed(step) || routine.begun) return;
      const engaged = core.engage(routine);
      const opened = hosted.peek() ?? hosting.open(step);
      if (!opened.session.start()) return void hosting.close();
      core.keep({ ...engaged, begun: true });
    }),
    /** To the next step; the one shown counts as skipped unless something was done in it. */
    next: running((routine) => {
      const engaged = core.engage(routine);
      const did = hosting.close();
      const done = did || routine.outcomes[routine.index] === 'done';
      core.advance(withOutcome(engaged, done ? 'done' : 'skipped'));
    }),
    /** Back to the step before (what was done there stays done). */
    back: running((routine) => {
      if (routine.index === 0) return;
      const engaged = core.engage(routine);
      const did = hosting.close();
      core.moveTo(did ? withOutcome(engaged, 'done') : engaged, routine.index - 1);
    }),
    /** Lights out: the step's sounds start, and the routine is complete. */
    lightsOut: running((routine) => {
      const step = routine.steps[routine.index];
      if (step.kind !== 'sounds') return;
      host.lightsOut(step);
      core.finish(withOutcome(routine, 'done'), true, step);
    }),
    /** Ends the routine now; it is recorded if any step was done. */
    end() {
      const routine = current.peek();
      if (routine && status.peek() !== 'loading') core.finish(routine, false, null);
    },
    /** Back to the routine's overview after the closing screen. */
    again,
    /** On opening the screen: last night's closing words give way to the routine again. */
    freshen,
    dispose() {
      doc?.removeEventListener('visibilitychange', onShown);
      core.dispose();
    },
  };
}

/** The routine model's interface. */
export type RoutineModel<V> = ReturnType<typeof createRoutineModel<V>>;
