import { settingsSpec } from '../../../src/app/settings-schema';
import { describe, it, expect } from 'vitest';
import { locales, setLocale } from '../../../src/lib/messages';
import {
  BACKUP_FORMAT,
  MAX_BACKUP_BYTES,
  backupFileName,
  checkBackup,
  createBackup,
  type BackupCheck,
} from '../../../src/features/settings/backup';
import type { Settings } from '../../../src/app/settings-schema';
import type { JournalEntry } from '../../../src/lib/storage/journal';
import { settingsV0 } from '../../support/fixtures';
import { settingsWith } from '../../support/stores';

const settings: Settings = settingsWith({
  appearance: { theme: 'night', motion: 'reduce', language: 'zh-Hans' },
});
const journal: JournalEntry[] = [
  {
    id: '1800000000000-abc',
    kind: 'breathing',
    startedAt: 1_800_000_000_000,
    endedAt: 1_800_000_300_000,
    details: { pattern: '4-7-8', cycles: 4 },
  },
  {
    id: '1800000900000-def',
    kind: 'routine',
    startedAt: 1_800_000_900_000,
    endedAt: 1_800_001_000_000,
    details: {},
  },
];
const now = new Date('2026-11-22T21:30:00.000Z');

/** A backup file as Lull writes it, with some parts changed. */
const file = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    ...JSON.parse(createBackup(settingsSpec, settings, journal, now)),
    ...overrides,
  });

function backupOf(check: BackupCheck) {
  if (!check.ok) throw new Error(`expected a valid backup, got "${check.problem}"`);
  return check.backup;
}

describe('createBackup and checkBackup', () => {
  it('round-trip every setting and journal entry', () => {
    const text = createBackup(settingsSpec, settings, journal, now);
    expect(JSON.parse(text)).toMatchObject({ app: 'lull', format: BACKUP_FORMAT });
    expect(checkBackup(settingsSpec, text)).toEqual({
      ok: true,
      backup: {
        settings,
        journal,
        exportedAt: '2026-11-22T21:30:00.000Z',
        droppedSettings: [],
        droppedEntries: 0,
        nights: [],
      },
    });
  });
});

describe('checkBackup problems', () => {
  const problem = (text: string) => {
    const check = checkBackup(settingsSpec, text);
    return check.ok ? 'ok' : check.problem;
  };

  it('refuses a file over 5 MB, counting bytes rather than characters', () => {
    expect(problem('x'.repeat(MAX_BACKUP_BYTES + 1))).toBe('too-large');
    expect(problem('x'.repeat(MAX_BACKUP_BYTES))).toBe('not-json');
    // 'é' is two bytes in UTF-8: about 2.6 million characters are over the limit.
    expect(problem('é'.repeat(MAX_BACKUP_BYTES / 2 + 1))).toBe('too-large');
  });

  it('refuses text that is not JSON', () => {
    for (const text of ['', 'hello', '{"app": "lull",', '<html></html>'])
      expect(problem(text)).toBe('not-json');
  });

  it('refuses JSON that is not a Lull backup', () => {
    for (const text of ['null', '[]', '"lull"', '42', '{"app":"other","format":1}', '{}'])
      expect(problem(text)).toBe('not-lull');
  });

  it('refuses a backup from a newer Lull: newer file format or newer settings', () => {
    expect(problem(file({ format: BACKUP_FORMAT + 1 }))).toBe('newer');
    expect(problem(file({ settings: { version: 2, data: { appearance: {} } } }))).toBe('newer');
  });

  it('refuses a backup whose parts are missing or of the wrong type', () => {
    const damaged = [
      { format: undefined },
      { format: '1' },
      { format: 1.5 },
      { settings: undefined },
      { settings: [] },
      { settings: 'dark' },
      { journal: undefined },
      { journal: {} },
    ];
    for (const overrides of damaged)
      expect(problem(file(overrides)), JSON.stringify(overrides)).toBe('wrong-shape');
  });
});

describe('checkBackup repairs', () => {
  it('sets invalid settings to their defaults and lists them', () => {
    const backup = backupOf(
      checkBackup(
        settingsSpec,
        file({
          settings: { version: 1, data: { appearance: { theme: 'purple', motion: 'reduce' } } },
        }),
      ),
    );
    expect(backup.settings).toEqual(
      settingsWith({ appearance: { theme: 'dark', motion: 'reduce', language: 'system' } }),
    );
    expect(backup.droppedSettings).toEqual(['appearance.theme']);
  });

  it('leaves invalid journal entries out and counts them', () => {
    const damaged = [{ ...journal[0], endedAt: 0 }, { id: 'x' }, 'entry', null];
    const backup = backupOf(checkBackup(settingsSpec, file({ journal: [...damaged, journal[1]] })));
    expect(backup.journal).toEqual([journal[1]]);
    expect(backup.droppedEntries).toBe(4);
    expect(backup.settings).toEqual(settings);
  });

  it('migrates version-0 settings inside a backup', () => {
    const expected = settingsWith({
      appearance: { theme: 'night', motion: 'reduce', language: 'system' },
    });
    const enveloped = backupOf(
      checkBackup(settingsSpec, file({ settings: { version: 0, data: settingsV0() } })),
    );
    expect(enveloped.settings).toEqual(expected);
    expect(enveloped.droppedSettings).toEqual([]);
    expect(backupOf(checkBackup(settingsSpec, file({ settings: settingsV0() }))).settings).toEqual(
      expected,
    );
  });

  it('keeps a sensible exportedAt', () => {
    expect(backupOf(checkBackup(settingsSpec, file({ exportedAt: 7 }))).exportedAt).toBe('');
    expect(
      backupOf(checkBackup(settingsSpec, file({ exportedAt: 'x'.repeat(100) }))).exportedAt,
    ).toHaveLength(40);
  });
});

describe('backupFileName', () => {
  it('names the file by the local date', () => {
    expect(backupFileName(new Date(2026, 10, 22, 23, 59))).toBe('lull-backup-2026-11-22.json');
    expect(backupFileName(new Date(2027, 0, 5, 0, 1))).toBe('lull-backup-2027-01-05.json');
  });

  it('stays ASCII in every language, whatever digits or dates the language writes', () => {
    for (const locale of locales) {
      setLocale(locale);
      expect(backupFileName(new Date(2027, 0, 5, 0, 1))).toBe('lull-backup-2027-01-05.json');
    }
    setLocale('en');
  });
});
