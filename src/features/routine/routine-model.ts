import { batch, computed, effect, signal, untracked } from '@preact/signals';
import { holdBusy } from '../../lib/busy';
import { openKeyValueStore } from '../../lib/storage/kv';
import { openResumeSlot, sessionStoreName } from '../../lib/storage/resume-slot';
import { systemClock, type Clock } from '../../lib/time/clock';
import {
  elapsedMs,
  pauseSession,
  resumeSession,
  startSession,
  type SessionClock,
} from '../../lib/time/session-clock';
import { keepAwake } from '../../lib/wake-lock';
import { appSettings } from '../settings/app-settings';
import type { SettingsModel } from '../settings/settings-model';
import type { Opened, RoutineHost } from './routine-host';
import { routineLengthMs, stepLengthMs, timeLeftMs } from './routine-plan';
import {
  journalEntry,
  parseRunningRoutine,
  stepsByOutcome,
  type Outcome,
  type RunningRoutine,
} from './routine-session';
import type { RoutineStep } from './routine-settings';
import { isTimed, routineOf, type StepOf, type TimedStep } from './routine-steps';

/** Where the routine is: reading the saved one, ready to start, under way, back after long away, over. */
export type RoutineStatus = 'loading' | 'setup' | 'running' | 'paused' | 'away' | 'done';

/** What the closing screen says. */
export interface RoutineSummary {
  done: RoutineStep[];
  skipped: RoutineStep[];
  completed: boolean;
  /** The lights-out step whose sounds were started, if they were. */
  lightsOut: StepOf<'sounds'> | null;
}

/** What the model works with; tests pass fakes. */
export interface RoutineDeps<V> {
  host: RoutineHost<V>;
  settings?: SettingsModel;
  clock?: Clock;
  slot?: {
    load(): Promise<RunningRoutine | undefined>;
    save(value: RunningRoutine): unknown;
    clear(): unknown;
  };
  awake?: () => () => void;
  busy?: (reason: string) => () => void;
  doc?: Document;
  setAlarm?: (callback: () => void, ms: number) => () => void;
}

/** Away this long (the app closed or hidden), the person is told where they are on return. */
export const AWAY_MS = 60 * 60_000;

const defaultAlarm = (callback: () => void, ms: number) => {
  const id = setTimeout(callback, ms);
  return () => clearTimeout(id);
};

/** A session clock paused at a moment already past (when the person was last seen). */
const pausedAt = (session: SessionClock, at: number) =>
  pauseSession(session, { now: () => Math.max(at, session.startedAt) });

/**
 * The guided nightly routine: one step at a time, habits ticked off and the other features'
 * sessions hosted as steps. Every step change is saved with the time on the step, so a reload,
 * a killed app or hours away come back to the same step; a hosted session keeps its own clock
 * in its own resume slot. The journal gets the routine once it ends with something done.
 */
export function createRoutineModel<V>(deps: RoutineDeps<V>) {
  const settings = deps.settings ?? appSettings;
  const clock = deps.clock ?? systemClock;
  const slot =
    deps.slot ??
    openResumeSlot(openKeyValueStore(sessionStoreName), 'routine', parseRunningRoutine);
  const awake = deps.awake ?? keepAwake;
  const busy = deps.busy ?? holdBusy;
  const doc = deps.doc ?? globalThis.document;
  const setAlarm = deps.setAlarm ?? defaultAlarm;
  const { host } = deps;

  const status = signal<RoutineStatus>('loading');
  const current = signal<RunningRoutine | null>(null);
  const hosted = signal<Opened<V> | null>(null);
  const summary = signal<RoutineSummary | null>(null);
  /** The clock as last read: moved on each action and when a habit's minute changes. */
  const now = signal(clock.now());

  let releaseBusy: (() => void) | null = null;
  let releaseAwake: (() => void) | null = null;
  let cancelTick = () => {};
  let stopFollowing = () => {};
  let hiddenAt: number | null = null;

  const plan = () => settings.settings.value;
  const isActive = () => status.peek() === 'running' || status.peek() === 'paused';

  function setStatus(next: RoutineStatus) {
    status.value = next;
    releaseAwake?.();
    releaseAwake = next === 'running' ? awake() : null;
  }

  /** Keeps a changed routine: shown at once, saved for a reload, and (unless away) seen now. */
  function keep(next: RunningRoutine) {
    const kept = status.peek() === 'away' ? next : { ...next, seenAt: clock.now() };
    batch(() => {
      current.value = kept;
      now.value = clock.now();
    });
    void slot.save(kept);
    tick();
  }

  /** While a habit runs, wakes when its minutes left change (time left is shown in minutes). */
  function tick() {
    cancelTick();
    const running = current.peek();
    if (!running || status.peek() !== 'running') return;
    const step = running.steps[running.index];
    if (step.kind !== 'habit') return;
    const left = stepLengthMs(step, plan()) - elapsedMs(running.step, clock);
    if (left <= 0) return;
    cancelTick = setAlarm(
      () => {
        now.value = clock.now();
        tick();
      },
      left % 60_000 || 60_000,
    );
  }

  const withOutcome = (running: RunningRoutine, outcome: Outcome): RunningRoutine => ({
    ...running,
    outcomes: running.outcomes.map((old, index) => (index === running.index ? outcome : old)),
  });

  /** Moves to step `index`, its time starting now (held if the routine is not running). */
  function moveTo(running: RunningRoutine, index: number) {
    cancelTick();
    const fresh = startSession(clock);
    const step = status.peek() === 'running' ? fresh : pauseSession(fresh, clock);
    keep({ ...running, index, step, begun: false });
  }

  /** After a step: the next one, or the end of the routine after the last. */
  function advance(running: RunningRoutine) {
    if (running.index + 1 < running.steps.length) moveTo(running, running.index + 1);
    else finish(running, true, null);
  }

  /** A person's action on a step carries the routine on, from a pause too. */
  function engage(routine: RunningRoutine): RunningRoutine {
    if (status.peek() !== 'paused') return routine;
    setStatus('running');
    return { ...routine, step: resumeSession(routine.step, clock) };
  }

  // --- Hosted sessions -------------------------------------------------------------------

  function openHosted(step: TimedStep): Opened<V> {
    const opened = host.open(step);
    hosted.value = opened;
    let ended = false;
    // The hosted model's own controls (its Pause, its Stop) and its end steer the routine.
    stopFollowing = effect(() => {
      const hostedStatus = opened.session.status.value;
      untracked(() => {
        if (hostedStatus === 'done' && !ended) {
          ended = true;
          // Out of the hosted model's own update: it finishes before the routine moves on.
          queueMicrotask(() => hostedEnded(opened));
        } else if (hostedStatus === 'paused' && status.peek() === 'running') holdStep(true);
        else if (hostedStatus === 'running' && status.peek() === 'paused') holdStep(false);
      });
    });
    return opened;
  }

  /**
   * Lets go of the hosted session: stopped if it still runs (its feature records it if worth
   * it). One that ended by itself is left to ring out its closing chime. Returns whether
   * anything was done in it.
   */
  function closeHosted(): boolean {
    const opened = hosted.peek();
    if (!opened) return false;
    stopFollowing();
    stopFollowing = () => {};
    hosted.value = null;
    const hostedStatus = opened.session.status.peek();
    const ran = hostedStatus === 'running' || hostedStatus === 'paused';
    if (ran) opened.session.stop();
    const did = opened.session.didSomething();
    if (ran || hostedStatus !== 'done') opened.session.dispose();
    return did;
  }

  function hostedEnded(opened: Opened<V>) {
    const running = current.peek();
    if (hosted.peek() !== opened || !running) return;
    const did = closeHosted();
    // Ended by its time, or by its own Stop (a tap that carries the routine on from a pause).
    const routine = engage(running);
    advance(
      withOutcome(routine, did || routine.outcomes[routine.index] === 'done' ? 'done' : 'skipped'),
    );
  }

  /** Brings back the hosted session of a step begun before a reload, or moves past it. */
  async function resumeHosted(step: TimedStep, away: boolean) {
    const opened = openHosted(step);
    await opened.session.restored;
    if (hosted.peek() !== opened) return;
    const hostedStatus = opened.session.status.peek();
    if (hostedStatus === 'running' && away) opened.session.pause();
    if (hostedStatus !== 'setup') return;
    // Its session is gone (it ended long ago, or could not be read): done if it had the time.
    const running = current.peek();
    if (!running) return;
    closeHosted();
    const spent = elapsedMs(running.step, clock) >= stepLengthMs(step, plan());
    if (spent) advance(withOutcome(running, 'done'));
    else keep({ ...running, begun: false });
  }

  // --- Pausing and being away --------------------------------------------------------------

  /** Holds or frees the time on the step, following a pause made in the hosted session. */
  function holdStep(hold: boolean) {
    const running = current.peek();
    if (!running) return;
    setStatus(hold ? 'paused' : 'running');
    const step = hold ? pauseSession(running.step, clock) : resumeSession(running.step, clock);
    keep({ ...running, step });
  }

  /** Back after long away: everything held at the moment they left, and they are told. */
  function goAway(since: number) {
    const running = current.peek();
    if (!running) return;
    cancelTick();
    setStatus('away');
    const opened = hosted.peek();
    if (opened?.session.status.peek() === 'running') opened.session.pause();
    // Still seen last then: a reload now tells them the same.
    keep({ ...running, step: pausedAt(running.step, since), seenAt: since });
  }

  const onVisibility = () => {
    const running = current.peek();
    if (!running) return;
    if (doc.visibilityState === 'hidden') {
      hiddenAt = clock.now();
      if (status.peek() !== 'away') keep(running);
      return;
    }
    const since = hiddenAt;
    hiddenAt = null;
    now.value = clock.now();
    if (since !== null && isActive() && clock.now() - since >= AWAY_MS) goAway(since);
    else tick();
  };
  const onPageHide = () => {
    const running = current.peek();
    if (running && status.peek() !== 'away') keep(running);
  };

  function watch(on: boolean) {
    const method = on ? 'addEventListener' : 'removeEventListener';
    doc?.[method]('visibilitychange', onVisibility);
    doc?.defaultView?.[method]('pagehide', onPageHide);
  }

  // --- Beginning and ending ----------------------------------------------------------------

  function takeOver(running: RunningRoutine) {
    releaseBusy ??= busy('routine');
    watch(true);
    current.value = running;
  }

  function finish(running: RunningRoutine, completed: boolean, lightsOut: StepOf<'sounds'> | null) {
    cancelTick();
    watch(false);
    closeHosted();
    const { done, skipped } = stepsByOutcome(running);
    if (done.length > 0) void settings.journal.add(journalEntry(running, clock.now(), completed));
    void slot.clear();
    releaseBusy?.();
    releaseBusy = null;
    batch(() => {
      setStatus('done');
      current.value = null;
      summary.value = { done, skipped, completed, lightsOut };
    });
  }

  async function restore() {
    const saved = await slot.load();
    if (status.peek() !== 'loading') return;
    if (!saved) return void (status.value = 'setup');
    const away = clock.now() - saved.seenAt >= AWAY_MS;
    const running = away ? { ...saved, step: pausedAt(saved.step, saved.seenAt) } : saved;
    takeOver(running);
    setStatus(away ? 'away' : running.step.pausedAt === null ? 'running' : 'paused');
    if (away) keep(running);
    else tick();
    const step = running.steps[running.index];
    if (running.begun && isTimed(step)) await resumeHosted(step, away);
  }
  const restored = restore();

  const running =
    <T>(action: (routine: RunningRoutine) => T) =>
    () => {
      const routine = current.peek();
      return routine && isActive() ? action(routine) : undefined;
    };

  /** The person's routine now (their own, or the default), for the screen before it starts. */
  const routine = computed(() => routineOf(settings.settings.value));
  /** What is left of the current step, in ms. */
  const stepLeftMs = computed(() => {
    const routine = current.value;
    if (!routine) return 0;
    const step = routine.steps[routine.index];
    const opened = hosted.value;
    if (opened && routine.begun) return opened.session.remainingMs.value;
    const length = stepLengthMs(step, settings.settings.value);
    if (step.kind !== 'habit') return length;
    return length - elapsedMs(routine.step, { now: () => now.value });
  });
  const totalMs = computed(() => {
    const routine = current.value;
    return routine ? routineLengthMs(routine.steps, settings.settings.value) : 0;
  });
  const leftMs = computed(() => {
    const routine = current.value;
    if (!routine) return 0;
    return timeLeftMs(routine.steps, routine.index, stepLeftMs.value, settings.settings.value);
  });

  return {
    status,
    current,
    hosted,
    summary,
    restored,
    routine,
    /** The length of the person's routine, in ms (before it starts). */
    lengthMs: computed(() => routineLengthMs(routine.value, settings.settings.value)),
    /** The step shown now. */
    step: computed(() => {
      const routine = current.value;
      return routine ? routine.steps[routine.index] : null;
    }),
    stepLeftMs,
    totalMs,
    leftMs,
    /** How far through the routine, 0 to 1, by time. */
    progress: computed(() =>
      totalMs.value > 0 ? Math.min(1, Math.max(0, 1 - leftMs.value / totalMs.value)) : 0,
    ),

    /** Starts the routine at its first step. */
    start() {
      if (status.peek() !== 'setup' && status.peek() !== 'done') return;
      const steps = routine.peek();
      if (steps.length === 0) return;
      void host.forget();
      const at = clock.now();
      takeOver({
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
        setStatus('running');
      });
      keep(current.peek()!);
    },
    pause: running(() => {
      if (status.peek() !== 'running') return;
      holdStep(true);
      const opened = hosted.peek();
      if (opened?.session.status.peek() === 'running') opened.session.pause();
    }),
    /** Carries on after a pause, or after being away. */
    resume() {
      const routine = current.peek();
      if (!routine || (status.peek() !== 'paused' && status.peek() !== 'away')) return;
      holdStep(false);
      const opened = hosted.peek();
      if (opened?.session.status.peek() === 'paused') opened.session.resume();
    },
    /** Ticks off the habit shown and moves on. */
    done: running((routine) => {
      if (routine.steps[routine.index].kind !== 'habit') return;
      advance(withOutcome(engage(routine), 'done'));
    }),
    /** Starts the hosted session of the timed step shown. */
    begin: running((routine) => {
      const step = routine.steps[routine.index];
      if (!isTimed(step) || routine.begun) return;
      const engaged = engage(routine);
      const opened = hosted.peek() ?? openHosted(step);
      if (!opened.session.start()) return void closeHosted();
      keep({ ...engaged, begun: true });
    }),
    /** To the next step; the one shown counts as skipped unless something was done in it. */
    next: running((routine) => {
      const engaged = engage(routine);
      const did = closeHosted();
      const done = did || routine.outcomes[routine.index] === 'done';
      advance(withOutcome(engaged, done ? 'done' : 'skipped'));
    }),
    /** Back to the step before (what was done there stays done). */
    back: running((routine) => {
      if (routine.index === 0) return;
      const engaged = engage(routine);
      const did = closeHosted();
      moveTo(did ? withOutcome(engaged, 'done') : engaged, routine.index - 1);
    }),
    /** Lights out: the step's sounds start, and the routine is complete. */
    lightsOut: running((routine) => {
      const step = routine.steps[routine.index];
      if (step.kind !== 'sounds') return;
      host.lightsOut(step);
      finish(withOutcome(routine, 'done'), true, step);
    }),
    /** Ends the routine now; it is recorded if any step was done. */
    end() {
      const routine = current.peek();
      if (routine && status.peek() !== 'loading') finish(routine, false, null);
    },
    /** Back to the routine's overview after the closing screen. */
    again() {
      if (status.peek() !== 'done') return;
      summary.value = null;
      status.value = 'setup';
    },
    dispose() {
      cancelTick();
      watch(false);
      stopFollowing();
      hosted.peek()?.session.dispose();
      releaseAwake?.();
      releaseBusy?.();
    },
  };
}

/** The routine model's interface. */
export type RoutineModel<V> = ReturnType<typeof createRoutineModel<V>>;
