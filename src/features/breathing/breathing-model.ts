import { batch, computed, signal } from '@preact/signals';
import { createCuePlayer, type CuePlayer } from '../../lib/cues/cue-player';
import { openKeyValueStore } from '../../lib/storage/kv';
import { openResumeSlot, sessionStoreName } from '../../lib/storage/resume-slot';
import type { Clock } from '../../lib/time/clock';
import { timerClock } from '../../lib/time/steady-clock';
import { startGuidedSession, type GuidedSession } from '../../lib/time/guided-session';
import { elapsedMs, startSession } from '../../lib/time/session-clock';
import { appSettings } from '../settings/app-settings';
import type { SettingsModel } from '../settings/settings-model';
import { breathCuePoints, type BreathCue } from './phase-cues';
import {
  breathMs,
  breathTimeline,
  type BreathSegment,
  type PhaseName,
} from '../../lib/guides/breath-timing';
import {
  chosenSession,
  journalEntry,
  parseRunningBreath,
  totalMs,
  type BreathChoice,
  type RunningBreath,
} from './running-breath';
import { t } from './messages';
import { systemReducedMotion } from './reduced-motion';

/** Where the breathing screen is: reading the saved session, choosing, breathing, finished. */
export type BreathingStatus = 'loading' | 'setup' | 'running' | 'paused' | 'done';

/** What the closing screen says about the session. */
export interface BreathSummary {
  patternId: RunningBreath['patternId'];
  breaths: number;
  seconds: number;
  completed: boolean;
  /** True when it ended while the screen was in use (not found finished on load). */
  fresh: boolean;
}

/** What the model works with; tests pass fakes. */
export interface BreathingDeps {
  settings?: SettingsModel;
  clock?: Clock;
  slot?: {
    load(): Promise<RunningBreath | undefined>;
    save(v: RunningBreath): unknown;
    clear(): unknown;
  };
  cues?: CuePlayer;
  awake?: () => () => void;
  busy?: (reason: string) => () => void;
  doc?: Document;
  setAlarm?: (callback: () => void, ms: number) => () => void;
  reducedMotion?: { readonly value: boolean };
}

/** A session found finished on load is shown as finished only if it ended this recently. */
const RECENT_END_MS = 60 * 60_000;

/**
 * The breathing timer: the chosen pattern runs on the shared session runner; what is shown,
 * said and played is computed from the clock. The running session is saved on every start,
 * pause and resume, so a reload (or the app killed) picks it up where the clock says it is.
 */
export function createBreathingModel(deps: BreathingDeps = {}) {
  const settings = deps.settings ?? appSettings;
  const clock = deps.clock ?? timerClock;
  const slot =
    deps.slot ??
    openResumeSlot(openKeyValueStore(sessionStoreName), 'breathing', parseRunningBreath);
  const cues = deps.cues ?? createCuePlayer(() => settings.settings.value.cues);
  const doc = deps.doc ?? globalThis.document;
  const reducedMotion = deps.reducedMotion ?? systemReducedMotion();

  const status = signal<BreathingStatus>('loading');
  const current = signal<RunningBreath | null>(null);
  const phase = signal<PhaseName>('inhale');
  const phaseSeconds = signal(0);
  const secondsLeft = signal(0);
  const cycle = signal(1);
  const remainingSeconds = signal(0);
  /** The phase word for the polite live region; a new id re-announces the same word. */
  const announcement = signal({ text: '', id: 0 });
  /** Bumped whenever the guide's animation must be set from the clock again. */
  const sync = signal({ playing: false, id: 0 });
  const summary = signal<BreathSummary | null>(null);

  let runner: GuidedSession<BreathSegment, BreathCue> | null = null;

  const resync = () =>
    (sync.value = { playing: status.value === 'running', id: sync.value.id + 1 });
  const onVisibility = () => {
    if (doc?.visibilityState === 'visible' && runner) resync();
  };

  function begin(running: RunningBreath) {
    current.value = running;
    const timeline = breathTimeline(running.pattern);
    const words = { in: t('say.in'), hold: t('say.hold'), out: t('say.out') };
    status.value = running.session.pausedAt === null ? 'running' : 'paused';
    doc?.addEventListener('visibilitychange', onVisibility);
    runner = startGuidedSession({
      timeline,
      cues: breathCuePoints(timeline, words),
      player: cues,
      busyReason: 'breathing',
      clock,
      session: running.session,
      awake: deps.awake,
      busy: deps.busy,
      setAlarm: deps.setAlarm,
      doc,
      onTick(position) {
        batch(() => {
          phase.value = position.segment.phase;
          phaseSeconds.value = position.segment.durationMs / 1000;
          cycle.value = position.segment.cycle;
          secondsLeft.value = Math.ceil(position.remainingInSegmentMs / 1000);
          remainingSeconds.value = Math.ceil(position.remainingMs / 1000);
        });
      },
      onCue(cue) {
        if (!cue.phase) return;
        announcement.value = { text: phaseWord(cue.phase), id: announcement.value.id + 1 };
        resync();
      },
      onSave: (session) => void slot.save({ ...running, session }),
      onEnd: () => finish(true),
    });
    resync();
  }

  function finish(completed: boolean) {
    const running = current.value;
    if (!runner || !running) return;
    const breathed = completed ? runner.timeline.totalMs : runner.elapsedMs();
    // After a natural end the session has released itself; a stop ends it here.
    if (!completed) runner.stop();
    runner = null;
    doc?.removeEventListener('visibilitychange', onVisibility);
    void slot.clear();
    // One full breath at least: a session started by mistake is not worth a journal line.
    if (completed || breathed >= breathMs(running.pattern))
      void settings.journal.add(journalEntry(running, breathed, clock.now(), completed));
    batch(() => {
      summary.value = summarize(running, breathed, completed, true);
      announcement.value = { text: '', id: announcement.value.id + 1 };
      status.value = 'done';
    });
  }

  function startWith(choice: BreathChoice) {
    if (status.value === 'running' || status.value === 'paused') return;
    begin({ ...choice, session: startSession(clock) });
  }

  async function restore() {
    const saved = await slot.load();
    if (status.value !== 'loading') return;
    if (!saved) return void (status.value = 'setup');
    const total = totalMs(saved);
    if (elapsedMs(saved.session, clock) < total) return begin(saved);
    // It ended while Lull was closed: recorded, and shown as finished if that was recently.
    const { startedAt, pausedMs, shiftMs } = saved.session;
    const endedAt = startedAt + pausedMs - shiftMs + total;
    void slot.clear();
    void settings.journal.add(journalEntry(saved, total, Math.min(endedAt, clock.now()), true));
    const recent = clock.now() - endedAt < RECENT_END_MS;
    batch(() => {
      current.value = saved;
      summary.value = recent ? summarize(saved, total, true, false) : null;
      status.value = recent ? 'done' : 'setup';
    });
  }
  const restored = restore();

  return {
    status,
    current,
    phase,
    phaseSeconds,
    secondsLeft,
    cycle,
    remainingSeconds,
    announcement,
    sync,
    summary,
    restored,
    /** The session the settings describe now (null: a custom breath of 0 s). */
    choice: computed(() => chosenSession(settings.settings.value.breathing)),
    /** The still form of the guide: the system asks, or the person chose it. */
    still: computed(() => {
      const value = settings.settings.value;
      return reducedMotion.value || value.appearance.motion === 'reduce' || value.breathing.still;
    }),
    /** Time into the session now, for the guide's animation. */
    elapsedMs: () => runner?.elapsedMs() ?? 0,
    start() {
      const choice = chosenSession(settings.settings.value.breathing);
      if (choice) startWith(choice);
    },
    /** Starts a session chosen elsewhere (a routine's step) rather than by the settings. */
    startWith,
    pause() {
      if (!runner || status.value !== 'running') return;
      status.value = 'paused';
      runner.pause();
      resync();
    },
    resume() {
      if (!runner || status.value !== 'paused') return;
      status.value = 'running';
      runner.resume();
      resync();
    },
    /** Ends the session now; it is recorded if at least one breath was taken. */
    stop: () => finish(false),
    /** Back to choosing a pattern after the closing screen. */
    again() {
      if (status.value !== 'done') return;
      summary.value = null;
      status.value = 'setup';
    },
    dispose() {
      runner?.stop();
      runner = null;
      doc?.removeEventListener('visibilitychange', onVisibility);
      cues.close();
    },
  };
}

/** The breathing model's interface. */
export type BreathingModel = ReturnType<typeof createBreathingModel>;

/** The word shown and announced for a phase. */
export function phaseWord(phase: PhaseName): string {
  return phase === 'inhale' ? t('phase.in') : phase === 'exhale' ? t('phase.out') : t('phase.hold');
}

function summarize(
  running: RunningBreath,
  breathedMs: number,
  completed: boolean,
  fresh: boolean,
): BreathSummary {
  return {
    fresh,
    patternId: running.patternId,
    breaths: completed
      ? running.pattern.cycles
      : Math.floor(breathedMs / breathMs(running.pattern)),
    seconds: Math.round(breathedMs / 1000),
    completed,
  };
}
