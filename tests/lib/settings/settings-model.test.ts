import { afterEach, describe, it, expect, expectTypeOf } from 'vitest';
import { createSettingsModel } from '../../../src/lib/settings/settings-model';
import type { PathValue, SettingPath } from '../../../src/lib/settings/settings-access';
import { settingPaths, settingsSpec, type Settings } from '../../../src/app/settings-schema';
import type { Theme } from '../../../src/features/settings/appearance-settings';
import { openKeyValueStore, type KeyValueStore } from '../../../src/lib/storage/kv';
import { failingUseStore, freshName, freshStore, fullDiskFactory } from '../../support/stores';

const models: { dispose(): void }[] = [];
afterEach(() => models.splice(0).forEach((model) => model.dispose()));

function model(stores: { settings?: KeyValueStore; journal?: KeyValueStore } = {}) {
  const created = createSettingsModel(
    settingsSpec,
    { settings: stores.settings ?? freshStore(), journal: stores.journal ?? freshStore() },
    { channel: null, debounceMs: 0 },
  );
  models.push(created);
  return created;
}

const lost = new Error('Connection to Indexed Database server lost. Refresh the page.');
const brokenStore = () => openKeyValueStore(freshName(), () => failingUseStore(lost));

describe('createSettingsModel', () => {
  it('starts from the defaults and has the stored settings once ready', async () => {
    const settings = freshStore();
    await settings.set('settings', { version: 1, data: { appearance: { theme: 'night' } } });
    const app = model({ settings });
    expect(app.loaded.value).toBe(false);
    expect(app.settings.value.appearance.theme).toBe('dark');
    await app.ready;
    expect(app.loaded.value).toBe(true);
    expect(app.settings.value.appearance.theme).toBe('night');
    expect(app.settings.value.appearance.motion).toBe('system');
    expect(app.notices.value).toEqual([]);
  });

  it('changes a setting at once and saves it', async () => {
    const settings = freshStore();
    const app = model({ settings });
    await app.ready;
    app.update('appearance.theme', 'system');
    app.update('appearance', { theme: 'night', motion: 'reduce', language: 'ru' });
    expect(app.settings.value.appearance).toEqual({
      theme: 'night',
      motion: 'reduce',
      language: 'ru',
    });
    await app.flush();
    const reopened = model({ settings });
    await reopened.ready;
    expect(reopened.settings.value.appearance).toEqual({
      theme: 'night',
      motion: 'reduce',
      language: 'ru',
    });
  });

  it('accepts only real paths, with values of their type', () => {
    // Type assertions: checked by `tsc -b`, so update('appearance.theme', 'purple') cannot compile.
    expectTypeOf<PathValue<Settings, 'appearance.theme'>>().toEqualTypeOf<Theme>();
    expectTypeOf<PathValue<Settings, 'appearance'>>().toEqualTypeOf<Settings['appearance']>();
    expectTypeOf<'appearance.motion'>().toExtend<SettingPath<Settings>>();
    expectTypeOf<'appearance.colour'>().not.toExtend<SettingPath<Settings>>();
    expectTypeOf<'colour'>().not.toExtend<SettingPath<Settings>>();
    expect(settingPaths).toEqual(expect.arrayContaining(['appearance.theme', 'appearance.motion']));
  });

  it('tells once that stored settings were reset, and which', async () => {
    const settings = freshStore();
    await settings.set('settings', {
      version: 1,
      data: { appearance: { theme: 'purple', motion: 'sideways' } },
    });
    const app = model({ settings });
    await app.ready;
    expect(app.notices.value).toEqual(['reset-fields']);
    expect(app.resetFields.value).toEqual(['appearance.theme', 'appearance.motion']);
    expect(app.settings.value.appearance).toEqual({
      theme: 'dark',
      motion: 'system',
      language: 'system',
    });
    app.dismissNotice('reset-fields');
    expect(app.notices.value).toEqual([]);
  });

  it('tells once that the disk is full, and keeps the change', async () => {
    const app = model({ settings: openKeyValueStore(freshName(), fullDiskFactory) });
    await app.ready;
    app.update('appearance.theme', 'night');
    await app.flush();
    app.update('appearance.motion', 'reduce');
    await app.flush();
    expect(app.notices.value).toEqual(['quota']);
    expect(app.storageMode.value).toBe('indexeddb');
    expect(app.settings.value.appearance).toEqual({
      theme: 'night',
      motion: 'reduce',
      language: 'system',
    });
  });

  it('is in memory mode when the settings store falls back', async () => {
    const app = model({ settings: brokenStore() });
    await app.ready;
    expect(app.storageMode.value).toBe('memory');
    app.update('appearance.theme', 'night');
    await app.flush();
    expect(app.settings.value.appearance.theme).toBe('night');
  });

  it('is in memory mode when the journal store falls back, whenever that happens', async () => {
    const app = model({ journal: brokenStore() });
    expect(await app.journal.list()).toEqual([]);
    await app.ready;
    expect(app.storageMode.value).toBe('memory');
  });

  it('journals sessions through the journal store', async () => {
    const app = model();
    const saved = await app.journal.add({
      kind: 'stretches',
      startedAt: 1_800_000_000_000,
      endedAt: 1_800_000_600_000,
      details: { steps: 6 },
    });
    expect(await app.journal.list()).toEqual([saved]);
  });
});
