import { describe, expect, it, vi } from 'vitest';
import { createCuePlayer, type CueOptions } from '../../../src/lib/cues/cue-player';
import { tones } from '../../../src/lib/cues/tones';

function setup(options: Partial<CueOptions> = {}) {
  const settings: CueOptions = {
    tone: true,
    toneVolume: 50,
    vibrate: true,
    voice: true,
    ...options,
  };
  const handles: { stop: ReturnType<typeof vi.fn> }[] = [];
  const devices = {
    tones: {
      unlock: vi.fn(),
      ready: vi.fn(() => true),
      play: vi.fn(() => {
        const handle = { endsAt: 1, stop: vi.fn() };
        handles.push(handle);
        return handle;
      }),
      close: vi.fn(),
    },
    speaker: { available: () => true, onChange: () => () => {}, say: vi.fn(), hush: vi.fn() },
    vibrate: vi.fn(),
  };
  const player = createCuePlayer(() => settings, devices);
  return { player, devices, handles, settings };
}

describe('cue player', () => {
  it('schedules a tone ahead and does not play it again when the cue comes', () => {
    const { player, devices } = setup();
    player.prepare(3, { tone: 'rise' }, 4000);
    expect(devices.tones.play).toHaveBeenCalledWith(tones.rise, 4000, 0.5);
    player.give(3, { tone: 'rise', word: 'in', vibration: 60 }, 2);
    expect(devices.tones.play).toHaveBeenCalledTimes(1);
    expect(devices.speaker.say).toHaveBeenCalledWith('in');
    expect(devices.vibrate).toHaveBeenCalledWith(60);
  });

  it('plays at once a cue that was not scheduled', () => {
    const { player, devices } = setup();
    player.give(0, { tone: 'steady' }, 0);
    expect(devices.tones.play).toHaveBeenCalledWith(tones.steady, 0, 0.5);
  });

  it('keeps stale cues silent: nothing played, said or felt long after its moment', () => {
    const { player, devices } = setup();
    player.give(5, { tone: 'fall', word: 'out', vibration: 40 }, 3000);
    expect(devices.tones.play).not.toHaveBeenCalled();
    expect(devices.speaker.say).not.toHaveBeenCalled();
    expect(devices.vibrate).not.toHaveBeenCalled();
  });

  it('cancels a scheduled tone on pause, and when another cue is scheduled instead', () => {
    const { player, handles } = setup();
    player.prepare(1, { tone: 'rise' }, 1000);
    player.prepare(2, { tone: 'fall' }, 5000);
    expect(handles[0].stop).toHaveBeenCalled();
    player.cancelPrepared();
    expect(handles[1].stop).toHaveBeenCalled();
    player.prepare(2, { tone: 'fall' }, 5000);
    player.prepare(2, { tone: 'fall' }, 4990);
    expect(handles).toHaveLength(3);
  });

  it('follows the settings: each cue type on or off', () => {
    const { player, devices, settings } = setup({ tone: false, voice: false, vibrate: false });
    player.unlock();
    expect(devices.tones.unlock).not.toHaveBeenCalled();
    player.prepare(0, { tone: 'rise' }, 100);
    player.give(0, { tone: 'rise', word: 'in', vibration: 50 }, 0);
    expect(devices.tones.play).not.toHaveBeenCalled();
    expect(devices.speaker.say).not.toHaveBeenCalled();
    expect(devices.vibrate).not.toHaveBeenCalled();
    settings.tone = true;
    settings.toneVolume = 100;
    player.unlock();
    player.give(1, { tone: 'chime' }, 0);
    expect(devices.tones.play).toHaveBeenCalledWith(tones.chime, 0, 1);
  });

  it('lets the audio sleep after the last chime, unless a new session starts', () => {
    vi.useFakeTimers();
    try {
      const { player, devices } = setup();
      player.close(3000);
      vi.advanceTimersByTime(2000);
      player.unlock();
      vi.advanceTimersByTime(5000);
      expect(devices.tones.close).not.toHaveBeenCalled();
      player.close(3000);
      vi.advanceTimersByTime(3000);
      expect(devices.tones.close).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
