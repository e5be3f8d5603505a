import { afterEach, describe, it, expect } from 'vitest';
import { settingsSpec } from '../../../src/app/settings-schema';
import { createBackupModel } from '../../../src/features/settings/backup-model';
import { BACKUP_FORMAT, checkBackup, createBackup } from '../../../src/features/settings/backup';
import { openDiaryBackup } from '../../../src/lib/diary/diary-backup';
import { openDiaryStore } from '../../../src/lib/diary/diary-store';
import { createSettingsModel } from '../../../src/lib/settings/settings-model';
import { freshStore, settingsWith } from '../../support/stores';
import { aNight } from '../../lib/diary/nights';

const models: { dispose(): void }[] = [];
afterEach(() => models.splice(0).forEach((model) => model.dispose()));

const exportedAt = new Date('2026-10-01T20:00:00Z');
const fileWith = (nights: unknown[]) =>
  createBackup(settingsSpec, settingsWith({}), [], exportedAt, nights);

/** Settings and a diary holding one night, with the backup model over both. */
async function setUp() {
  const settings = createSettingsModel(
    settingsSpec,
    { settings: freshStore(), journal: freshStore() },
    { channel: null },
  );
  models.push(settings);
  await settings.ready;
  settings.update('appearance.theme', 'night');
  const diary = openDiaryStore(freshStore('diary'));
  await diary.save(aNight({ night: '2026-11-20' }));
  const saved: string[] = [];
  const backup = createBackupModel(
    settings,
    settingsSpec,
    { now: () => Date.parse('2026-11-22T22:15:00Z') },
    (_name, _type, contents) => saved.push(contents),
    async () => openDiaryBackup(diary),
  );
  return { settings, diary, backup, saved };
}

describe('the diary in the backup', () => {
  it('writes the nights into a format-2 file and reads them back unread', () => {
    const text = fileWith([aNight()]);
    expect(JSON.parse(text)).toMatchObject({ format: 2, nights: [aNight()] });
    expect(BACKUP_FORMAT).toBe(2);
    const check = checkBackup(settingsSpec, text);
    expect(check.ok && check.backup.nights).toEqual([aNight()]);
  });

  it('still reads a format-1 file, which has no nights', () => {
    const old = JSON.parse(fileWith([]));
    delete old.nights;
    old.format = 1;
    const check = checkBackup(settingsSpec, JSON.stringify(old));
    expect(check.ok && check.backup.nights).toBeNull();
  });

  it('refuses a format-2 file without its nights', () => {
    const damaged = JSON.parse(fileWith([]));
    damaged.nights = 'none';
    expect(checkBackup(settingsSpec, JSON.stringify(damaged))).toEqual({
      ok: false,
      problem: 'wrong-shape',
    });
  });

  it('exports the diary with the settings', async () => {
    const { backup, saved } = await setUp();
    await backup.exportData();
    expect(JSON.parse(saved[0]).nights).toEqual([aNight({ night: '2026-11-20' })]);
  });

  it('replaces the diary with the backup’s nights once confirmed', async () => {
    const { backup, diary } = await setUp();
    await backup.checkFile(new Blob([fileWith([aNight(), aNight({ night: '2027-01-16' })])]));
    expect(backup.pending.value?.diaryNights).toHaveLength(2);
    expect(await diary.all()).toEqual([aNight({ night: '2026-11-20' })]);
    await backup.confirm();
    expect(await diary.all()).toEqual([aNight(), aNight({ night: '2027-01-16' })]);
  });

  it('leaves the diary as it is when an older backup, without nights, is restored', async () => {
    const { backup, diary, settings } = await setUp();
    const old = JSON.parse(fileWith([]));
    delete old.nights;
    old.format = 1;
    await backup.checkFile(new Blob([JSON.stringify(old)]));
    expect(backup.pending.value?.diaryNights).toBeNull();
    await backup.confirm();
    expect(settings.settings.value.appearance.theme).toBe('dark');
    expect(await diary.all()).toEqual([aNight({ night: '2026-11-20' })]);
  });

  it('names the nights that cannot be read, and changes nothing', async () => {
    const { backup, diary, settings } = await setUp();
    const nights = [aNight(), { ...aNight({ night: '2027-01-16' }), quality: 'superb' }, 'junk'];
    await backup.checkFile(new Blob([fileWith(nights)]));
    expect(backup.pending.value).toBeNull();
    expect(backup.message.value).toEqual({
      tone: 'problem',
      text: 'Some nights in that backup could not be read (2027-01-16, #3), so it cannot be restored. Nothing was changed.',
    });
    await backup.confirm();
    expect(settings.settings.value.appearance.theme).toBe('night');
    expect(await diary.all()).toEqual([aNight({ night: '2026-11-20' })]);
  });

  it('counts a night given twice as unreadable', () => {
    const read = openDiaryBackup(openDiaryStore(freshStore('diary'))).read([aNight(), aNight()]);
    expect(read).toEqual({ nights: [aNight()], unreadable: ['2027-01-15'] });
  });
});
