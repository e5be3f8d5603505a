import { settingsSpec } from '../../../src/app/settings-schema';
import { afterEach, describe, it, expect } from 'vitest';
import { createBackupModel } from '../../../src/features/settings/backup-model';
import { checkBackup, createBackup, MAX_BACKUP_BYTES } from '../../../src/features/settings/backup';
import { createSettingsModel } from '../../../src/lib/settings/settings-model';
import type { JournalEntry } from '../../../src/lib/storage/journal';
import { freshStore, settingsWith } from '../../support/stores';

const models: { dispose(): void }[] = [];
afterEach(() => models.splice(0).forEach((model) => model.dispose()));

const restoredEntry: JournalEntry = {
  id: 'restored-1',
  kind: 'routine',
  startedAt: 1_790_000_000_000,
  endedAt: 1_790_001_000_000,
  details: { steps: 5 },
};
const backupText = createBackup(
  settingsSpec,
  settingsWith({ appearance: { theme: 'system', motion: 'reduce', language: 'ru' } }),
  [restoredEntry],
  new Date('2026-10-01T20:00:00Z'),
);

/** A settings model over fresh stores with a theme set and one session in the journal. */
async function setUp() {
  const stores = { settings: freshStore(), journal: freshStore() };
  const open = async () => {
    const model = createSettingsModel(settingsSpec, stores, { channel: null });
    models.push(model);
    await model.ready;
    return model;
  };
  const settings = await open();
  settings.update('appearance.theme', 'night');
  const entry = await settings.journal.add({
    kind: 'breathing',
    startedAt: 1_800_000_000_000,
    endedAt: 1_800_000_300_000,
    details: { pattern: '4-7-8' },
  });
  const saved: { name: string; type: string; contents: string }[] = [];
  const clock = { now: () => new Date(2026, 10, 22, 22, 15).getTime() };
  const backup = createBackupModel(settings, settingsSpec, clock, (name, type, contents) =>
    saved.push({ name, type, contents }),
  );
  return { settings, entry, saved, backup, reopen: open };
}

describe('createBackupModel', () => {
  it('exports every setting and journal entry as a valid backup file', async () => {
    const { backup, saved, entry } = await setUp();
    await backup.exportData();
    expect(saved).toHaveLength(1);
    expect(saved[0].name).toBe('lull-backup-2026-11-22.json');
    expect(saved[0].type).toBe('application/json');
    const check = checkBackup(settingsSpec, saved[0].contents);
    expect(check.ok && check.backup.settings.appearance.theme).toBe('night');
    expect(check.ok && check.backup.journal).toEqual([entry]);
    expect(backup.message.value).toEqual({
      tone: 'info',
      text: 'Backup saved as lull-backup-2026-11-22.json.',
    });
  });

  it.each([
    [
      'not JSON',
      new Blob(['hello']),
      'That file is not a Lull backup (it is not readable as JSON).',
    ],
    ['another app', new Blob(['{"app":"notes"}']), 'That file is not a Lull backup.'],
    [
      'too large',
      new Blob([new Uint8Array(MAX_BACKUP_BYTES + 1)]),
      'That file is larger than 5 MB',
    ],
    [
      'unreadable',
      { size: 10, text: () => Promise.reject(new Error('gone')) } as unknown as Blob,
      'That file could not be read.',
    ],
  ])('a bad file (%s) shows a problem and changes nothing', async (_name, file, text) => {
    const { backup, settings, entry, reopen } = await setUp();
    await backup.checkFile(file);
    expect(backup.message.value?.tone).toBe('problem');
    expect(backup.message.value?.text).toContain(text);
    expect(backup.message.value?.text).toContain('Nothing was changed.');
    expect(backup.pending.value).toBeNull();
    await settings.flush();
    const after = await reopen();
    expect(after.settings.value.appearance.theme).toBe('night');
    expect(await after.journal.list()).toEqual([entry]);
  });

  it('holds a good file until confirmed, then replaces settings and journal', async () => {
    const { backup, settings, reopen } = await setUp();
    await backup.checkFile(new Blob([backupText]));
    expect(backup.pending.value?.journal).toEqual([restoredEntry]);
    expect(settings.settings.value.appearance.theme).toBe('night');

    await backup.confirm();

    expect(backup.pending.value).toBeNull();
    expect(backup.message.value).toEqual({ tone: 'info', text: 'Your backup is restored.' });
    expect(settings.settings.value.appearance).toEqual({
      theme: 'system',
      motion: 'reduce',
      language: 'ru',
    });
    const after = await reopen();
    expect(after.settings.value.appearance).toEqual({
      theme: 'system',
      motion: 'reduce',
      language: 'ru',
    });
    expect(await after.journal.list()).toEqual([restoredEntry]);
  });

  it('changes nothing when the person cancels', async () => {
    const { backup, settings, entry, reopen } = await setUp();
    await backup.checkFile(new Blob([backupText]));
    backup.cancel();
    expect(backup.pending.value).toBeNull();
    await backup.confirm();
    await settings.flush();
    const after = await reopen();
    expect(after.settings.value.appearance.theme).toBe('night');
    expect(await after.journal.list()).toEqual([entry]);
  });
});
