import { describe, expect, it, vi } from 'vitest';
import { createCuePlayer, type Cue } from '../../../src/lib/cues/cue-player';
import { startGuidedSession } from '../../../src/lib/time/guided-session';
import { createTimeline, type Segment } from '../../../src/lib/time/timeline';

function setup() {
  let now = 0;
  let wake: (() => void) | null = null;
  const devices = {
    tones: {
      unlock: vi.fn(),
      ready: () => true,
      play: vi.fn(() => ({ endsAt: 0, stop: vi.fn() })),
      close: vi.fn(),
    },
    speaker: { available: () => true, onChange: () => () => {}, say: vi.fn(), hush: vi.fn() },
    vibrate: vi.fn(),
  };
  const player = createCuePlayer(
    () => ({ tone: true, toneVolume: 100, vibrate: true, voice: false }),
    devices,
  );
  const releaseAwake = vi.fn();
  const awake = vi.fn(() => releaseAwake);
  const releaseBusy = vi.fn();
  const busy = vi.fn(() => releaseBusy);
  const onEnd = vi.fn();
  const session = startGuidedSession<Segment, Cue>({
    timeline: createTimeline([{ durationMs: 3000 }, { durationMs: 2000 }]),
    cues: [
      { atMs: 0, cue: { tone: 'rise', vibration: 10 } },
      { atMs: 3000, cue: { tone: 'fall', vibration: 20 } },
      { atMs: 5000, cue: { tone: 'chime' } },
    ],
    player,
    busyReason: 'test',
    clock: { now: () => now },
    awake,
    busy,
    setAlarm: (callback) => {
      wake = callback;
      return () => {};
    },
    onTick: () => {},
    onEnd,
    onSave: () => {},
  });
  const advance = (ms: number) => {
    now += ms;
    wake?.();
  };
  return { session, devices, awake, releaseAwake, busy, releaseBusy, onEnd, advance };
}

describe('guided session', () => {
  it('holds the app busy and the screen awake while running, and lets go at the end', () => {
    const { session, devices, awake, releaseAwake, busy, releaseBusy, onEnd, advance } = setup();
    expect(busy).toHaveBeenCalledWith('test');
    expect(awake).toHaveBeenCalledTimes(1);
    expect(devices.tones.unlock).toHaveBeenCalled();
    expect(devices.vibrate).toHaveBeenCalledWith(10);
    session.pause();
    expect(releaseAwake).toHaveBeenCalledTimes(1);
    expect(releaseBusy).not.toHaveBeenCalled();
    session.resume();
    expect(awake).toHaveBeenCalledTimes(2);
    advance(3000);
    expect(devices.vibrate).toHaveBeenLastCalledWith(20);
    vi.useFakeTimers();
    try {
      advance(2000);
      expect(onEnd).toHaveBeenCalledTimes(1);
      expect(releaseBusy).toHaveBeenCalledTimes(1);
      expect(releaseAwake).toHaveBeenCalledTimes(2);
      // The closing chime rings out before the audio device sleeps.
      expect(devices.tones.close).not.toHaveBeenCalled();
      vi.advanceTimersByTime(3000);
      expect(devices.tones.close).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('schedules each tone ahead on the audio clock, once', () => {
    const { devices, advance } = setup();
    // The first cue's tone, then the next one scheduled 3 s ahead.
    expect(devices.tones.play).toHaveBeenCalledTimes(2);
    expect(devices.tones.play).toHaveBeenLastCalledWith(expect.anything(), 3000, 1);
    advance(3000);
    expect(devices.tones.play).toHaveBeenCalledTimes(3);
    expect(devices.tones.play).toHaveBeenLastCalledWith(expect.anything(), 2000, 1);
  });

  it('stop ends at once: everything released, audio closed, no end reported', () => {
    const { session, releaseBusy, releaseAwake, devices, onEnd, advance } = setup();
    session.stop();
    expect(releaseBusy).toHaveBeenCalledTimes(1);
    expect(releaseAwake).toHaveBeenCalledTimes(1);
    expect(devices.tones.close).toHaveBeenCalledTimes(1);
    advance(10_000);
    expect(onEnd).not.toHaveBeenCalled();
  });
});
