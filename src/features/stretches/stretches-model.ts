import { batch, computed, signal } from '@preact/signals';
import { createCuePlayer, type CuePlayer } from '../../lib/cues/cue-player';
import { openKeyValueStore } from '../../lib/storage/kv';
import { openResumeSlot, sessionStoreName } from '../../lib/storage/resume-slot';
import type { Clock } from '../../lib/time/clock';
import { timerClock } from '../../lib/time/steady-clock';
import { startGuidedSession, type GuidedSession } from '../../lib/time/guided-session';
import { elapsedMs, startSession, type SessionClock } from '../../lib/time/session-clock';
import type { Position } from '../../lib/time/timeline';
import { appSettings } from '../settings/app-settings';
import type { SettingsModel } from '../settings/settings-model';
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
  journalEntry,
  parseRunningStretch,
  type RunningStretch,
} from './running-stretch';
import type { StepId } from '../../lib/guides/stretch-steps';
import { describeSegment } from './sequence-text';
import { t } from './messages';

/** Where the stretch screen is: reading the saved session, choosing, stretching, finished. */
export type StretchStatus = 'loading' | 'setup' | 'running' | 'paused' | 'done';

/** What the closing screen says. */
export interface StretchSummary {
  done: StepId[];
  completed: boolean;
  /** True when it ended while the screen was in use (not found finished on load). */
  fresh: boolean;
}

/** What the model works with; tests pass fakes. */
export interface StretchesDeps {
  settings?: SettingsModel;
  clock?: Clock;
  slot?: {
    load(): Promise<RunningStretch | undefined>;
    save(value: RunningStretch): unknown;
    clear(): unknown;
  };
  cues?: CuePlayer;
  awake?: () => () => void;
  busy?: (reason: string) => () => void;
  doc?: Document;
  setAlarm?: (callback: () => void, ms: number) => () => void;
}

const RECENT_END_MS = 60 * 60_000;

/**
 * The stretch runner: the configured sequence runs on the same guided session as breathing.
 * Skip and back move the session clock to a hold's start; holds that run to their end (not
 * skipped) are counted, and the session is saved so a reload carries on where the clock is.
 */
export function createStretchesModel(deps: StretchesDeps = {}) {
  const settings = deps.settings ?? appSettings;
  const clock = deps.clock ?? timerClock;
  const slot =
    deps.slot ??
    openResumeSlot(openKeyValueStore(sessionStoreName), 'stretches', parseRunningStretch);
  const cues = deps.cues ?? createCuePlayer(() => settings.settings.value.cues);
  const doc = deps.doc ?? globalThis.document;

  const status = signal<StretchStatus>('loading');
  const current = signal<RunningStretch | null>(null);
  const segmentIndex = signal(0);
  const secondsLeft = signal(0);
  const totalSecondsLeft = signal(0);
  const announcement = signal({ text: '', id: 0 });
  const summary = signal<StretchSummary | null>(null);

  let session: GuidedSession<StretchSegment, StretchCue> | null = null;
  let held = new Set<number>();
  let reached = 0;
  let seeking = false;
  let timing: SessionClock | null = null;

  const save = () => {
    const running = current.value;
    if (running && timing)
      void slot.save({ ...running, session: timing, held: [...held], reached });
  };

  /** Marks the holds passed by time (a skip passes none) between the last look and now. */
  function markPassed(position: Position<StretchSegment>, running: RunningStretch) {
    const upTo = position.done ? position.index + 1 : position.index;
    if (seeking) {
      reached = position.index;
      return save();
    }
    if (upTo <= reached) return;
    const segments = stretchTimeline(running.config).segments;
    for (let index = reached; index < upTo; index += 1)
      if (segments[index].kind === 'hold') held.add(index);
    reached = upTo;
    save();
  }

  function begin(running: RunningStretch) {
    current.value = running;
    held = new Set(running.held);
    reached = running.reached;
    timing = running.session;
    const timeline = stretchTimeline(running.config);
    const words = {
      hold: t('say.hold'),
      soon: t('say.soon'),
      switch: t('say.switch'),
      rest: t('say.rest'),
      done: t('say.done'),
    };
    status.value = running.session.pausedAt === null ? 'running' : 'paused';
    session = startGuidedSession({
      timeline,
      cues: stretchCuePoints(timeline, words),
      player: cues,
      busyReason: 'stretches',
      clock,
      session: running.session,
      awake: deps.awake,
      busy: deps.busy,
      setAlarm: deps.setAlarm,
      doc,
      onTick(position) {
        markPassed(position, running);
        batch(() => {
          segmentIndex.value = position.index;
          secondsLeft.value = Math.ceil(position.remainingInSegmentMs / 1000);
          totalSecondsLeft.value = Math.ceil(position.remainingMs / 1000);
        });
      },
      onCue(cue) {
        if (cue.segment === undefined) return;
        const text = describeSegment(timeline.segments[cue.segment]);
        announcement.value = { text, id: announcement.value.id + 1 };
      },
      onSave(value) {
        timing = value;
        save();
      },
      onEnd: (position) => {
        markPassed(position, running);
        finish(true);
      },
    });
  }

  function finish(completed: boolean) {
    const running = current.value;
    if (!session || !running) return;
    const stretchedMs = session.elapsedMs();
    if (!completed) session.stop();
    const done = stepsDone(session.timeline, held);
    session = null;
    void slot.clear();
    if (done.length > 0 || completed)
      void settings.journal.add(journalEntry(running, done, stretchedMs, clock.now(), completed));
    batch(() => {
      summary.value = { done, completed, fresh: true };
      announcement.value = { text: '', id: announcement.value.id + 1 };
      status.value = 'done';
    });
  }

  function startWith(config: StretchConfig) {
    if (status.value === 'running' || status.value === 'paused') return;
    begin({ config, session: startSession(clock), held: [], reached: 0 });
  }

  async function restore() {
    const saved = await slot.load();
    if (status.value !== 'loading') return;
    if (!saved) return void (status.value = 'setup');
    const timeline = stretchTimeline(saved.config);
    if (elapsedMs(saved.session, clock) < timeline.totalMs) return begin(saved);
    // It ended while Lull was closed: every hold from the last one reached on was held.
    const { startedAt, pausedMs, shiftMs } = saved.session;
    const endedAt = startedAt + pausedMs - shiftMs + timeline.totalMs;
    const passed = new Set(saved.held);
    timeline.segments.forEach((segment, index) => {
      if (segment.kind === 'hold' && index >= saved.reached) passed.add(index);
    });
    const done = stepsDone(timeline, passed);
    void slot.clear();
    void settings.journal.add(
      journalEntry(saved, done, timeline.totalMs, Math.min(endedAt, clock.now()), true),
    );
    const recent = clock.now() - endedAt < RECENT_END_MS;
    batch(() => {
      summary.value = recent ? { done, completed: true, fresh: false } : null;
      status.value = recent ? 'done' : 'setup';
    });
  }
  const restored = restore();

  const seekTo = (target: (elapsed: number) => number) => {
    if (!session || session.ended()) return;
    seeking = true;
    try {
      session.seek(target(session.elapsedMs()));
    } finally {
      seeking = false;
    }
  };

  return {
    status,
    current,
    segmentIndex,
    secondsLeft,
    totalSecondsLeft,
    announcement,
    summary,
    restored,
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
    pause() {
      if (!session || status.value !== 'running') return;
      status.value = 'paused';
      session.pause();
    },
    resume() {
      if (!session || status.value !== 'paused') return;
      status.value = 'running';
      session.resume();
    },
    /** To the next hold (past a rest or "switch legs"); past the last, the end. */
    skip: () => seekTo((elapsed) => skipTarget(stretchTimeline(current.value!.config), elapsed)),
    /** To the start of this hold, or the one before. */
    back: () => seekTo((elapsed) => backTarget(stretchTimeline(current.value!.config), elapsed)),
    /** Ends now; recorded if at least one stretch was held to the end. */
    stop: () => finish(false),
    again() {
      if (status.value !== 'done') return;
      summary.value = null;
      status.value = 'setup';
    },
    elapsedMs: () => session?.elapsedMs() ?? 0,
    dispose() {
      session?.stop();
      session = null;
      cues.close();
    },
  };
}

/** The stretches model's interface. */
export type StretchesModel = ReturnType<typeof createStretchesModel>;
