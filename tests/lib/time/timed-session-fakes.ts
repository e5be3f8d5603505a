// A timed session over a small timeline with fake devices, shared by its tests.
import { vi } from 'vitest';
import { createCuePlayer, type Cue } from '../../../src/lib/cues/cue-player';
import { openResumeSlot } from '../../../src/lib/storage/resume-slot';
import { parseSessionClock, type SessionClock } from '../../../src/lib/time/session-clock';
import { steadyClock } from '../../../src/lib/time/steady-clock';
import { createTimedSession } from '../../../src/lib/time/timed-session';
import { createTimeline, type Segment } from '../../../src/lib/time/timeline';
import { freshStore } from '../../support/stores';

interface Named extends Segment {
  name: string;
}
interface Saved {
  label: string;
  session: SessionClock;
}
interface NamedCue extends Cue {
  name?: string;
}

/** The fake clock's start. */
export const START = 1_700_000_000_000;
// 3 s of "a", 2 s of "b": a cue opens each, a chime ends it.
const timeline = createTimeline<Named>([
  { name: 'a', durationMs: 3000 },
  { name: 'b', durationMs: 2000 },
]);

const parse = (raw: unknown): Saved | undefined => {
  const { label, session } = (raw ?? {}) as Record<string, unknown>;
  const timing = parseSessionClock(session);
  return typeof label === 'string' && timing ? { label, session: timing } : undefined;
};

/**
 * A timed session on the app's steady clock over a hand-moved wall and monotonic clock, a resume
 * slot in a fresh store, a journal that keeps its lines, and fake cue devices.
 */
/** A timed session over a two-segment timeline, with fake devices and clocks. */
export function setup(shared?: {
  slot: ReturnType<typeof makeSlot>;
  time: { wall: number; mono: number };
}) {
  const time = shared?.time ?? { wall: START, mono: 0 };
  const clock = steadyClock(
    () => time.wall,
    () => time.mono,
    undefined,
    () => false,
  );
  const slot = shared?.slot ?? makeSlot();
  const journal = { add: vi.fn() };
  const alarm = { current: null as null | (() => void) };
  const devices = {
    tones: {
      unlock: vi.fn(),
      ready: () => true,
      play: vi.fn(() => ({ endsAt: 0, stop: vi.fn() })),
      close: vi.fn(),
    },
    speaker: { available: () => false, onChange: () => () => {}, say: vi.fn(), hush: vi.fn() },
    vibrate: vi.fn(),
  };
  const options = { tone: true, toneVolume: 60, vibrate: false, voice: false };
  const releaseBusy = vi.fn();
  const ticks: string[] = [];
  const afterChange = vi.fn();
  const timed = createTimedSession<
    Saved,
    Named,
    NamedCue,
    { seconds: number; completed: boolean; fresh: boolean }
  >(
    {
      clock,
      slot,
      cues: createCuePlayer(() => options, devices),
      awake: () => () => {},
      busy: () => releaseBusy,
      setAlarm: (callback) => {
        alarm.current = callback;
        return () => {
          if (alarm.current === callback) alarm.current = null;
        };
      },
    },
    {
      name: 'test',
      parse,
      journal,
      cueOptions: () => options,
      timeline: () => timeline,
      cues: (line) => [
        ...line.segments.map((segment, index) => ({
          atMs: line.startOf(index),
          cue: { name: segment.name, tone: 'rise' as const },
        })),
        { atMs: line.totalMs, cue: { tone: 'chime' as const } },
      ],
      onTick: (position) => ticks.push(position.segment.name),
      onCue: (cue) => cue.name && `Now ${cue.name}`,
      afterChange,
      // Worth a journal line after a whole second.
      record: (running, { completed, elapsedMs, endedAt, fresh }) => ({
        summary: { seconds: elapsedMs / 1000, completed, fresh },
        entry:
          completed || elapsedMs >= 1000
            ? {
                kind: 'breathing',
                startedAt: running.session.startedAt,
                endedAt,
                details: { label: running.label },
              }
            : null,
      }),
    },
  );
  /** Time passes on both clocks, and the runner wakes as the page would. */
  const advance = (ms: number) => {
    time.wall += ms;
    time.mono += ms;
    alarm.current?.();
  };
  /** The device's clock is set by hand in another window (Lull's loses the focus). */
  const setClock = (ms: number) => {
    window.dispatchEvent(new Event('blur'));
    time.wall += ms;
  };
  const start = (label = 'first') => timed.start((session) => ({ label, session }));
  return {
    timed,
    shared: timed.shared,
    slot,
    time,
    journal,
    releaseBusy,
    ticks,
    afterChange,
    advance,
    setClock,
    start,
  };
}

function makeSlot() {
  return openResumeSlot(freshStore('timed-session'), 'test', parse);
}
