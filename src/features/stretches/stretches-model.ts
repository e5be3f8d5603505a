import { batch, computed, signal } from '@preact/signals';
import { createTimedSession } from '../../lib/time/timed-session';
import type { SessionStatus, TimedSessionDeps } from '../../lib/time/timed-session-parts';
import type { Position } from '../../lib/time/timeline';
import type { SettingsAccess } from '../../lib/settings/settings-access';
import type { StretchesSettings } from './stretches-settings';
import type { CueOptions } from '../../lib/cues/cue-player';
import { stretchCuePoints, type StretchCue } from './sequence-cues';
import {
  backTarget,
  skipTarget,
  stepsDone,
  stretchTimeline,
  type StretchConfig,
  type StretchSegment,
} from '../../lib/guides/stretch-sequence';
import {
  chosenConfig,
  heldToEnd,
  journalEntry,
  parseRunningStretch,
  type RunningStretch,
} from './running-stretch';
import type { StepId } from '../../lib/guides/stretch-steps';
import { describeSegment } from './sequence-text';
import { t } from './messages';

/** Where the stretch screen is: reading the saved session, choosing, stretching, finished. */
export type StretchStatus = SessionStatus;

/** What the closing screen says. */
export interface StretchSummary {
  done: StepId[];
  completed: boolean;
  /** True when it ended while the screen was in use (not found finished on load). */
  fresh: boolean;
}

/** The settings the stretch runner reads: its own, and the cues it plays. */
export type StretchesPart = { stretches: StretchesSettings; cues: CueOptions };

/** What the model works with; tests pass fakes. */
export interface StretchesDeps extends TimedSessionDeps<RunningStretch> {
  settings: SettingsAccess<StretchesPart>;
}

/**
 * The stretch runner: the configured sequence runs as a timed session, like breathing.
 * Skip and back move the session clock to a hold's start; holds that run to their end (not
 * skipped) are counted, and saved with the session so a reload carries on where the clock is.
 */
export function createStretchesModel(deps: StretchesDeps) {
  const { settings } = deps;

  const segmentIndex = signal(0);
  const secondsLeft = signal(0);
  const totalSecondsLeft = signal(0);

  let held = new Set<number>();
  let reached = 0;
  let seeking = false;

  /** Marks the holds passed by time (a skip passes none) between the last look and now. */
  function markPassed(position: Position<StretchSegment>, running: RunningStretch) {
    const upTo = position.done ? position.index + 1 : position.index;
    if (seeking) {
      reached = position.index;
      return timed.save();
    }
    if (upTo <= reached) return;
    const segments = stretchTimeline(running.config).segments;
    for (let index = reached; index < upTo; index += 1)
      if (segments[index].kind === 'hold') held.add(index);
    reached = upTo;
    timed.save();
  }

  const timed = createTimedSession<RunningStretch, StretchSegment, StretchCue, StretchSummary>(
    deps,
    {
      name: 'stretches',
      parse: parseRunningStretch,
      journal: settings.journal,
      cueOptions: () => settings.settings.value.cues,
      timeline: (running) => stretchTimeline(running.config),
      cues: (timeline) =>
        stretchCuePoints(timeline, {
          hold: t('say.hold'),
          soon: t('say.soon'),
          switch: t('say.switch'),
          rest: t('say.rest'),
          done: t('say.done'),
        }),
      onBegin(running) {
        held = new Set(running.held);
        reached = running.reached;
      },
      onTick(position, running) {
        markPassed(position, running);
        batch(() => {
          segmentIndex.value = position.index;
          secondsLeft.value = Math.ceil(position.remainingInSegmentMs / 1000);
          totalSecondsLeft.value = Math.ceil(position.remainingMs / 1000);
        });
      },
      onCue: (cue, timeline) =>
        cue.segment === undefined ? undefined : describeSegment(timeline.segments[cue.segment]),
      toSaved: (running, session) => ({ ...running, session, held: [...held], reached }),
      record(running, { completed, elapsedMs, endedAt, fresh }) {
        const timeline = stretchTimeline(running.config);
        const done = stepsDone(timeline, fresh ? held : heldToEnd(running, timeline));
        const worth = done.length > 0 || completed;
        return {
          summary: { done, completed, fresh },
          entry: worth ? journalEntry(running, done, elapsedMs, endedAt, completed) : null,
        };
      },
    },
  );

  /** Moves the session with `target`; holds passed by the move are not counted as held. */
  const seekTo = (target: typeof skipTarget) => {
    seeking = true;
    try {
      timed.seek((elapsed, timeline) => target(timeline, elapsed));
    } finally {
      seeking = false;
    }
  };

  function startWith(config: StretchConfig) {
    timed.start((session) => ({ config, session, held: [], reached: 0 }));
  }

  const { current } = timed.shared;
  return {
    /** The settings this model reads, for its setup screen to change. */
    settings,
    ...timed.shared,
    segmentIndex,
    secondsLeft,
    totalSecondsLeft,
    /** The sequence the settings describe now (null: no stretch included). */
    choice: computed(() => chosenConfig(settings.settings.value.stretches)),
    /** The part of the sequence shown now. */
    segment: computed(() => {
      const running = current.value;
      return running ? stretchTimeline(running.config).segments[segmentIndex.value] : null;
    }),
    start() {
      const config = chosenConfig(settings.settings.value.stretches);
      if (config) startWith(config);
    },
    /** Starts a sequence chosen elsewhere (a routine's step) rather than by the settings. */
    startWith,
    /** To the next hold (past a rest or "switch legs"); past the last, the end. */
    skip: () => seekTo(skipTarget),
    /** To the start of this hold, or the one before. */
    back: () => seekTo(backTarget),
  };
}

/** The stretches model's interface. */
export type StretchesModel = ReturnType<typeof createStretchesModel>;
