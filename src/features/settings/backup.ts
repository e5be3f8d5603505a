import { migrate, type DocumentSpec, type Envelope } from '../../lib/storage/document';
import { parseEntry, type JournalEntry } from '../../lib/storage/journal';
import { isPlainObject, readShape, type Infer, type Shape } from '../../lib/storage/schema';

/** The backup file's own format version. 2: the sleep diary's nights; 1 had none. */
export const BACKUP_FORMAT = 2;
/** The largest backup file Lull reads: far above any real one, far below a memory problem. */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

/** Why a file could not be restored. Each has its own plain message. */
export type BackupProblem = 'too-large' | 'not-json' | 'not-lull' | 'newer' | 'wrong-shape';

/** A checked backup, ready to replace the current data once the person confirms. */
export interface CheckedBackup<S = Record<string, unknown>> {
  settings: S;
  journal: JournalEntry[];
  exportedAt: string;
  /** Settings that were invalid in the file and will be set to their defaults. */
  droppedSettings: string[];
  /** Journal entries that were invalid in the file and will be left out. */
  droppedEntries: number;
  /** The diary's nights as the file holds them, unread; null in a file from before the diary. */
  nights: unknown[] | null;
}

/** The result of checking a file. */
export type BackupCheck<S = Record<string, unknown>> =
  { ok: true; backup: CheckedBackup<S> } | { ok: false; problem: BackupProblem };

/**
 * The text of a backup file holding every setting (of the document `spec`), journal entry and
 * night of the diary.
 */
export function createBackup<S extends Shape>(
  spec: DocumentSpec<S>,
  settings: Infer<S>,
  journal: JournalEntry[],
  now: Date,
  nights: readonly unknown[] = [],
): string {
  const file = {
    app: 'lull',
    format: BACKUP_FORMAT,
    exportedAt: now.toISOString(),
    settings: {
      version: spec.version,
      data: settings as Record<string, unknown>,
    } satisfies Envelope,
    journal,
    nights,
  };
  return JSON.stringify(file, null, 2);
}

/** The file name for a backup made at `now`: lull-backup-2026-11-22.json. */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `lull-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** Checks a whole file before anything is changed, against the settings' `spec`. Never throws. */
export function checkBackup<S extends Shape>(
  spec: DocumentSpec<S>,
  text: string,
): BackupCheck<Infer<S>> {
  if (new Blob([text]).size > MAX_BACKUP_BYTES) return { ok: false, problem: 'too-large' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (!isPlainObject(parsed) || parsed.app !== 'lull') return { ok: false, problem: 'not-lull' };
  const { format, settings, journal, exportedAt, nights } = parsed;
  if (typeof format !== 'number' || !Number.isInteger(format))
    return { ok: false, problem: 'wrong-shape' };
  if (format > BACKUP_FORMAT) return { ok: false, problem: 'newer' };
  if (!isPlainObject(settings) || !Array.isArray(journal))
    return { ok: false, problem: 'wrong-shape' };
  // From format 2 on, a file without its nights is damaged; older files never had them.
  if (format >= 2 && !Array.isArray(nights)) return { ok: false, problem: 'wrong-shape' };
  if (typeof settings.version === 'number' && settings.version > spec.version)
    return { ok: false, problem: 'newer' };

  const envelope = migrate(spec, settings);
  const read = readShape(spec.shape, envelope?.data ?? {});
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
      nights: Array.isArray(nights) ? nights : null,
    },
  };
}
