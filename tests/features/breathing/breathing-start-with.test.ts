import { settingsPart } from '../../../src/lib/settings/settings-access';
import { settingsSpec } from '../../../src/app/settings-schema';
// breathing-model's `startWith`: a session chosen by a host (the routine), not by the settings.
import { describe, expect, it, vi } from 'vitest';
import { createBreathingModel } from '../../../src/features/breathing/breathing-model';
import { parseRunningBreath } from '../../../src/features/breathing/running-breath';
import { createSettingsModel } from '../../../src/lib/settings/settings-model';
import { createCuePlayer } from '../../../src/lib/cues/cue-player';
import { openKeyValueStore } from '../../../src/lib/storage/kv';
import { openResumeSlot } from '../../../src/lib/storage/resume-slot';

function setup() {
  const name = `breath-start-with-${Math.random().toString(36).slice(2)}`;
  const settings = createSettingsModel(
    settingsSpec,
    { settings: openKeyValueStore(`${name}-s`), journal: openKeyValueStore(`${name}-j`) },
    { channel: null },
  );
  const store = openKeyValueStore(`${name}-sessions`);
  const standalone = openResumeSlot(store, 'breathing', parseRunningBreath);
  const hosted = openResumeSlot(store, 'routine-breathing', parseRunningBreath);
  const tones = { unlock: vi.fn(), ready: () => false, play: vi.fn(), close: vi.fn() };
  const speaker = { available: () => false, onChange: () => () => {}, say: vi.fn(), hush: vi.fn() };
  const cues = createCuePlayer(() => settings.settings.value.cues, {
    tones,
    speaker,
    vibrate: vi.fn(),
  });
  const model = createBreathingModel({
    settings: settingsPart(settings),
    slot: hosted,
    cues,
    clock: { now: () => 1_700_000_000_000 },
    awake: () => () => {},
    busy: () => () => {},
    setAlarm: () => () => {},
  });
  return { model, settings, standalone, hosted };
}

describe('a breathing session chosen by a host', () => {
  it('runs the given pattern and length, whatever the settings say', async () => {
    const { model, settings } = setup();
    await model.restored;
    expect(settings.settings.value.breathing.pattern).toBe('4-7-8');
    const pattern = { inhale: 5.5, holdIn: 0, exhale: 5.5, holdOut: 0, cycles: 3 };
    model.startWith({ patternId: 'resonant', pattern, minutes: null });
    expect(model.status.value).toBe('running');
    expect(model.current.value).toMatchObject({ patternId: 'resonant', pattern });
    expect(model.remainingSeconds.value).toBe(33);
    model.dispose();
  });

  it('is saved in the slot it was given, never the standalone one', async () => {
    const { model, standalone, hosted } = setup();
    await model.restored;
    const pattern = { inhale: 4, holdIn: 0, exhale: 7, holdOut: 0, cycles: 2 };
    model.startWith({ patternId: 'long-exhale', pattern, minutes: null });
    await vi.waitFor(async () => expect(await hosted.load()).toBeDefined());
    expect(await standalone.load()).toBeUndefined();
    expect((await hosted.load())?.pattern).toEqual(pattern);
    model.dispose();
  });

  it('does nothing while a session runs', async () => {
    const { model } = setup();
    await model.restored;
    model.start();
    const running = model.current.value;
    model.startWith({
      patternId: 'box',
      pattern: { inhale: 4, holdIn: 4, exhale: 4, holdOut: 4, cycles: 1 },
      minutes: null,
    });
    expect(model.current.value).toBe(running);
    model.dispose();
  });
});
