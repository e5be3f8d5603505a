import { batch, computed, signal } from '@preact/signals';
import { createTimedSession } from '../../lib/time/timed-session';
import type { SessionStatus, TimedSessionDeps } from '../../lib/time/timed-session-parts';
import type { SettingsAccess } from '../../lib/settings/settings-access';
import type { BreathingSettings } from './breathing-settings';
import type { CueOptions } from '../../lib/cues/cue-player';
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
export type BreathingStatus = SessionStatus;

/** What the closing screen says about the session. */
export interface BreathSummary {
  patternId: RunningBreath['patternId'];
  breaths: number;
  seconds: number;
  completed: boolean;
  /** True when it ended while the screen was in use (not found finished on load). */
  fresh: boolean;
}

/** The settings the breathing timer reads: its own, the cues it plays, and the motion chosen. */
export type BreathingPart = {
  breathing: BreathingSettings;
  cues: CueOptions;
  appearance: { motion: 'system' | 'reduce' };
};

/** What the model works with; tests pass fakes. */
export interface BreathingDeps extends TimedSessionDeps<RunningBreath> {
  settings: SettingsAccess<BreathingPart>;
  reducedMotion?: { readonly value: boolean };
}

/**
 * The breathing timer: the chosen pattern runs as a timed session (lib/time/timed-session);
 * what is shown, said and played is computed from the clock, and the guide's animation is
 * set from it again at every phase, pause, resume and return to the page.
 */
export function createBreathingModel(deps: BreathingDeps) {
  const { settings } = deps;
  const doc = deps.doc ?? globalThis.document;
  const reducedMotion = deps.reducedMotion ?? systemReducedMotion();

  const phase = signal<PhaseName>('inhale');
  const phaseSeconds = signal(0);
  const secondsLeft = signal(0);
  const cycle = signal(1);
  const remainingSeconds = signal(0);
  /** Bumped whenever the guide's animation must be set from the clock again. */
  const sync = signal({ playing: false, id: 0 });

  const timed = createTimedSession<RunningBreath, BreathSegment, BreathCue, BreathSummary>(deps, {
    name: 'breathing',
    parse: parseRunningBreath,
    journal: settings.journal,
    cueOptions: () => settings.settings.value.cues,
    timeline: (running) => breathTimeline(running.pattern),
    cues: (timeline) =>
      breathCuePoints(timeline, { in: t('say.in'), hold: t('say.hold'), out: t('say.out') }),
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
      if (!cue.phase) return undefined;
      resync();
      return phaseWord(cue.phase);
    },
    afterChange: () => resync(),
    record(running, { completed, elapsedMs, endedAt, fresh }) {
      const breathed = completed ? totalMs(running) : elapsedMs;
      // One full breath at least: a session started by mistake is not worth a journal line.
      const worth = completed || breathed >= breathMs(running.pattern);
      return {
        summary: summarize(running, breathed, completed, fresh),
        entry: worth ? journalEntry(running, breathed, endedAt, completed) : null,
      };
    },
  });
  const { status } = timed.shared;

  const active = () => status.value === 'running' || status.value === 'paused';
  function resync() {
    sync.value = { playing: status.value === 'running', id: sync.value.id + 1 };
  }
  const onVisibility = () => {
    if (doc?.visibilityState === 'visible' && active()) resync();
  };
  doc?.addEventListener('visibilitychange', onVisibility);

  function startWith(choice: BreathChoice) {
    timed.start((session) => ({ ...choice, session }));
  }

  return {
    /** The settings this model reads, for its setup screen to change. */
    settings,
    ...timed.shared,
    phase,
    phaseSeconds,
    secondsLeft,
    cycle,
    remainingSeconds,
    sync,
    /** The session the settings describe now (null: a custom breath of 0 s). */
    choice: computed(() => chosenSession(settings.settings.value.breathing)),
    /** The still form of the guide: the system asks, or the person chose it. */
    still: computed(() => {
      const value = settings.settings.value;
      return reducedMotion.value || value.appearance.motion === 'reduce' || value.breathing.still;
    }),
    start() {
      const choice = chosenSession(settings.settings.value.breathing);
      if (choice) startWith(choice);
    },
    /** Starts a session chosen elsewhere (a routine's step) rather than by the settings. */
    startWith,
    dispose() {
      timed.shared.dispose();
      doc?.removeEventListener('visibilitychange', onVisibility);
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
