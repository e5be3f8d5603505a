import { migrate, type Envelope } from '../../lib/storage/document';
import { parseEntry, type JournalEntry } from '../../lib/storage/journal';
import { isPlainObject, readShape } from '../../lib/storage/schema';
import { settingsSpec, type Settings } from './settings-schema';

/** The backup file's own format version. */
export const BACKUP_FORMAT = 1;
/** The largest backup file Lull reads: far above any real one, far below a memory problem. */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

/** Why a file could not be restored. Each has its own plain message. */
export type BackupProblem = 'too-large' | 'not-json' | 'not-lull' | 'newer' | 'wrong-shape';

/** A checked backup, ready to replace the current data once the person confirms. */
export interface CheckedBackup {
  settings: Settings;
  journal: JournalEntry[];
  exportedAt: string;
  /** Settings that were invalid in the file and will be set to their defaults. */
  droppedSettings: string[];
  /** Journal entries that were invalid in the file and will be left out. */
  droppedEntries: number;
}

/** The result of checking a file. */
export type BackupCheck =
  { ok: true; backup: CheckedBackup } | { ok: false; problem: BackupProblem };

/** The text of a backup file holding every setting and journal entry. */
export function createBackup(settings: Settings, journal: JournalEntry[], now: Date): string {
  const file = {
    app: 'lull',
    format: BACKUP_FORMAT,
    exportedAt: now.toISOString(),
    settings: { version: settingsSpec.version, data: settings } satisfies Envelope,
    journal,
  };
  return JSON.stringify(file, null, 2);
}

/** The file name for a backup made at `now`: lull-backup-2026-11-22.json. */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `lull-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** Checks a whole file before anything is changed. Never throws. */
export function checkBackup(text: string): BackupCheck {
  if (new Blob([text]).size > MAX_BACKUP_BYTES) return { ok: false, problem: 'too-large' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (!isPlainObject(parsed) || parsed.app !== 'lull') return { ok: false, problem: 'not-lull' };
  const { format, settings, journal, exportedAt } = parsed;
  if (typeof format !== 'number' || !Number.isInteger(format))
    return { ok: false, problem: 'wrong-shape' };
  if (format > BACKUP_FORMAT) return { ok: false, problem: 'newer' };
  if (!isPlainObject(settings) || !Array.isArray(journal))
    return { ok: false, problem: 'wrong-shape' };
  if (typeof settings.version === 'number' && settings.version > settingsSpec.version)
    return { ok: false, problem: 'newer' };

  const envelope = migrate(settingsSpec, settings);
  const read = readShape(settingsSpec.shape, envelope?.data ?? {});
  const entries = journal.map(parseEntry);
  const valid = entries.filter((entry): entry is JournalEntry => entry !== undefined);
  return {
    ok: true,
    backup: {
      settings: read.value,
      journal: valid,
      exportedAt: typeof exportedAt === 'string' ? exportedAt.slice(0, 40) : '',
      droppedSettings: read.invalid,
      droppedEntries: entries.length - valid.length,
    },
  };
}
