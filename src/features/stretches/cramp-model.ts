import { signal } from '@preact/signals';
import { createCuePlayer, type CuePlayer } from '../../lib/cues/cue-player';
import type { Clock } from '../../lib/time/clock';
import { startGuidedSession, type GuidedSession } from '../../lib/time/guided-session';
import { createTimeline, type Segment } from '../../lib/time/timeline';
import type { SettingsAccess } from '../../lib/settings/settings-access';
import type { CueOptions } from '../../lib/cues/cue-player';
import type { StretchCue } from './sequence-cues';
import { t } from './messages';

/** The cramp card's one hold. CONTENT.md gives no time; 30 s matches the calf stretches. */
export const CRAMP_HOLD_MS = 30_000;

/** What the cramp timer works with; tests pass fakes. */
export interface CrampDeps {
  settings: SettingsAccess<{ cues: CueOptions }>;
  clock?: Clock;
  cues?: CuePlayer;
  awake?: () => () => void;
  busy?: (reason: string) => () => void;
  setAlarm?: (callback: () => void, ms: number) => () => void;
  doc?: Document;
}

/**
 * The cramp card's hold timer: one segment on the same guided session as the stretches (so it
 * counts from the clock, keeps the screen on and ends with a soft chime). Not saved for
 * resume: a cramp is over long before a reload matters.
 */
export function createCrampTimer(deps: CrampDeps) {
  const { settings } = deps;
  const cues = deps.cues ?? createCuePlayer(() => settings.settings.value.cues);
  const status = signal<'idle' | 'running' | 'done'>('idle');
  const secondsLeft = signal(CRAMP_HOLD_MS / 1000);
  let session: GuidedSession<Segment, StretchCue> | null = null;

  const stop = () => {
    session?.stop();
    session = null;
  };

  return {
    status,
    secondsLeft,
    start() {
      stop();
      status.value = 'running';
      session = startGuidedSession<Segment, StretchCue>({
        timeline: createTimeline([{ durationMs: CRAMP_HOLD_MS }]),
        cues: [{ atMs: CRAMP_HOLD_MS, cue: { tone: 'chime', word: t('say.done') } }],
        player: cues,
        busyReason: 'cramp',
        clock: deps.clock,
        awake: deps.awake,
        busy: deps.busy,
        setAlarm: deps.setAlarm,
        doc: deps.doc,
        onTick: (position) => (secondsLeft.value = Math.ceil(position.remainingMs / 1000)),
        onSave: () => {},
        onEnd() {
          session = null;
          status.value = 'done';
        },
      });
    },
    /** Stops the hold and sets the card back (closing it, or "stop the timer"). */
    reset() {
      stop();
      status.value = 'idle';
      secondsLeft.value = CRAMP_HOLD_MS / 1000;
    },
    dispose() {
      stop();
      cues.close();
    },
  };
}

/** The cramp timer's interface. */
export type CrampTimer = ReturnType<typeof createCrampTimer>;
