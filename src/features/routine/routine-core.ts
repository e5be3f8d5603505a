import { batch, signal } from '@preact/signals';
import { holdBusy } from '../../lib/busy';
import { openKeyValueStore } from '../../lib/storage/kv';
import { openResumeSlot, sessionStoreName } from '../../lib/storage/resume-slot';
import type { Clock } from '../../lib/time/clock';
import { timerClock } from '../../lib/time/steady-clock';
import { elapsedMs, pauseSession, resumeSession, startSession } from '../../lib/time/session-clock';
import { keepAwake } from '../../lib/wake-lock';
import type { SettingsAccess } from '../../lib/settings/settings-access';
import { createHostedStep } from './hosted-step';
import { watchPresence } from './presence';
import type { RoutineHost } from './routine-host';
import { stepLengthMs } from './routine-plan';
import {
  journalEntry,
  parseRunningRoutine,
  pausedAt,
  stepsByOutcome,
  withOutcome,
  type RunningRoutine,
} from './routine-session';
import type { RoutineSettings, RoutineStep } from './routine-settings';
import type { StepOf, TimedStep } from './routine-steps';

/** Where the routine is: reading the saved one, ready to start, under way, back after long away, over. */
export type RoutineStatus = 'loading' | 'setup' | 'running' | 'paused' | 'away' | 'done';

/** What the closing screen says. */
export interface RoutineSummary {
  done: RoutineStep[];
  skipped: RoutineStep[];
  completed: boolean;
  /** The lights-out step whose sounds were started, if they were. */
  lightsOut: StepOf<'sounds'> | null;
  endedAt: number;
}

/** What the model works with; tests pass fakes. */
export interface RoutineDeps<V> {
  host: RoutineHost<V>;
  settings: SettingsAccess<{ routine: RoutineSettings }>;
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

/** The closing screen stays this long; after it, the routine's overview shows again. */
export const SUMMARY_MS = 60 * 60_000;

const defaultAlarm = (callback: () => void, ms: number) => {
  const id = setTimeout(callback, ms);
  return () => clearTimeout(id);
};

/**
 * The routine's state and the moves every action is made of: keep (show, save, seen now),
 * move to a step, advance, hold or free the time on a step, go "away", finish. The model
 * (routine-model.ts) restores a saved routine and offers the person's actions on top.
 */
export function createRoutineCore<V>(deps: RoutineDeps<V>) {
  const { settings } = deps;
  const clock = deps.clock ?? timerClock;
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
  const summary = signal<RoutineSummary | null>(null);
  /** The clock as last read: moved on each action and when a habit's minute changes. */
  const now = signal(clock.now());

  let releaseBusy: (() => void) | null = null;
  let releaseAwake: (() => void) | null = null;
  let cancelTick = () => {};

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
    const left = stepLengthMs(step, deps.host.guides) - elapsedMs(running.step, clock);
    if (left <= 0) return;
    cancelTick = setAlarm(
      () => {
        now.value = clock.now();
        tick();
      },
      left % 60_000 || 60_000,
    );
  }

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

  const hosting = createHostedStep(host, {
    ended(did) {
      const running = current.peek();
      if (!running) return;
      // Ended by its time, or by its own Stop (a tap that carries the routine on from a pause).
      const routine = engage(running);
      const done = did || routine.outcomes[routine.index] === 'done';
      advance(withOutcome(routine, done ? 'done' : 'skipped'));
    },
    held(hold) {
      // Its own Pause and Resume hold the routine too (but never bring it back from away).
      if (status.peek() === (hold ? 'running' : 'paused')) holdStep(hold);
    },
  });
  const { hosted } = hosting;

  /** Brings back the hosted session of a step begun before a reload, or moves past it. */
  async function resumeHosted(step: TimedStep, away: boolean) {
    const opened = hosting.open(step);
    await opened.session.restored;
    if (hosted.peek() !== opened) return;
    if (away) hosting.pause();
    if (opened.session.status.peek() !== 'setup') return;
    // Its session is gone (it ended long ago, or could not be read): done if it had the time.
    const running = current.peek();
    if (!running) return;
    hosting.close();
    const spent = elapsedMs(running.step, clock) >= stepLengthMs(step, deps.host.guides);
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
    hosting.pause();
    // Still seen last then: a reload now tells them the same.
    keep({ ...running, step: pausedAt(running.step, since), seenAt: since });
  }

  let stopWatching = () => {};
  /** Follows the person while a routine runs: seen when they leave, told where they are when back. */
  function watch(on: boolean) {
    stopWatching();
    stopWatching = () => {};
    if (!on) return;
    stopWatching = watchPresence(doc, clock, {
      left() {
        const running = current.peek();
        if (running && status.peek() !== 'away') keep(running);
      },
      back(since) {
        now.value = clock.now();
        if (since !== null && isActive() && clock.now() - since >= AWAY_MS) goAway(since);
        else tick();
      },
    });
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
    hosting.close();
    const { done, skipped } = stepsByOutcome(running);
    if (done.length > 0) void settings.journal.add(journalEntry(running, clock.now(), completed));
    void slot.clear();
    releaseBusy?.();
    releaseBusy = null;
    batch(() => {
      setStatus('done');
      current.value = null;
      summary.value = { done, skipped, completed, lightsOut, endedAt: clock.now() };
    });
  }

  return {
    status,
    current,
    summary,
    now,
    hosting,
    clock,
    doc,
    settings,
    slot,
    host: deps.host,
    isActive,
    setStatus,
    keep,
    tick,
    moveTo,
    advance,
    engage,
    holdStep,
    takeOver,
    finish,
    resumeHosted,
    dispose() {
      cancelTick();
      watch(false);
      hosting.dispose();
      releaseAwake?.();
      releaseBusy?.();
    },
  };
}

/** The routine's core, for the model built on it. */
export type RoutineCore<V> = ReturnType<typeof createRoutineCore<V>>;
