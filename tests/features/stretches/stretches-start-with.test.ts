import { settingsPart } from '../../../src/lib/settings/settings-access';
import { settingsSpec } from '../../../src/app/settings-schema';
// stretches-model's `startWith`: a sequence chosen by a host (the routine), not by the settings.
import { describe, expect, it, vi } from 'vitest';
import { createStretchesModel } from '../../../src/features/stretches/stretches-model';
import { parseRunningStretch } from '../../../src/features/stretches/running-stretch';
import { createSettingsModel } from '../../../src/lib/settings/settings-model';
import { createCuePlayer } from '../../../src/lib/cues/cue-player';
import { openKeyValueStore } from '../../../src/lib/storage/kv';
import { openResumeSlot } from '../../../src/lib/storage/resume-slot';

function setup() {
  const name = `stretch-start-with-${Math.random().toString(36).slice(2)}`;
  const settings = createSettingsModel(
    settingsSpec,
    { settings: openKeyValueStore(`${name}-s`), journal: openKeyValueStore(`${name}-j`) },
    { channel: null },
  );
  const store = openKeyValueStore(`${name}-sessions`);
  const standalone = openResumeSlot(store, 'stretches', parseRunningStretch);
  const hosted = openResumeSlot(store, 'routine-stretches', parseRunningStretch);
  const tones = { unlock: vi.fn(), ready: () => false, play: vi.fn(), close: vi.fn() };
  const speaker = { available: () => false, onChange: () => () => {}, say: vi.fn(), hush: vi.fn() };
  const cues = createCuePlayer(() => settings.settings.value.cues, {
    tones,
    speaker,
    vibrate: vi.fn(),
  });
  const model = createStretchesModel({
    settings: settingsPart(settings),
    slot: hosted,
    cues,
    clock: { now: () => 1_700_000_000_000 },
    awake: () => () => {},
    busy: () => () => {},
    setAlarm: () => () => {},
  });
  return { model, standalone, hosted };
}

describe('a stretch sequence chosen by a host', () => {
  it('runs the given stretches, saved in the slot it was given only', async () => {
    const { model, standalone, hosted } = setup();
    await model.restored;
    const config = { steps: [{ id: 'toes' as const, holdSeconds: 20 }], rounds: 1 };
    model.startWith(config);
    expect(model.status.value).toBe('running');
    expect(model.current.value?.config).toEqual(config);
    // 5 s to get ready, then one 20 s hold with both feet.
    expect(model.totalSecondsLeft.value).toBe(25);
    await vi.waitFor(async () => expect(await hosted.load()).toBeDefined());
    expect(await standalone.load()).toBeUndefined();
    model.dispose();
  });

  it('does nothing while a sequence runs', async () => {
    const { model } = setup();
    await model.restored;
    model.start();
    const running = model.current.value;
    model.startWith({ steps: [{ id: 'towel', holdSeconds: 10 }], rounds: 2 });
    expect(model.current.value).toBe(running);
    model.dispose();
  });
});
