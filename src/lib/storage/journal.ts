import type { KeyValueStore } from './kv';
import { int, isPlainObject, oneOf, record, text, type Infer } from './schema';

/** What kind of session a journal entry records. */
export const entryKinds = ['breathing', 'stretches', 'routine'] as const;

/** A finished session: when it ran and a few facts about it (pattern, steps done, ...). */
const entryShape = {
  id: text('', 64),
  kind: oneOf<(typeof entryKinds)[number]>('routine', entryKinds),
  startedAt: int(0, 0, 8.64e15),
  endedAt: int(0, 0, 8.64e15),
};

type Detail = string | number | boolean | string[];
/** One finished session. */
export type JournalEntry = Infer<typeof entryShape> & { details: Record<string, Detail> };

const entryFields = record(entryShape);

function isDetail(value: unknown): value is Detail {
  if (Array.isArray(value))
    return (
      value.length <= 100 && value.every((item) => typeof item === 'string' && item.length <= 200)
    );
  if (typeof value === 'string') return value.length <= 200;
  return typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

/** Checks one entry as read from disk or a backup; undefined when it is not a valid entry. */
export function parseEntry(raw: unknown): JournalEntry | undefined {
  // Every field must be there: a record fills missing ones with defaults, and an entry without
  // its kind or start is damaged, not a routine that began in 1970.
  if (!isPlainObject(raw) || !Object.keys(entryShape).every((key) => Object.hasOwn(raw, key)))
    return undefined;
  const base = entryFields.parse(raw);
  if (!base || !base.id || base.endedAt < base.startedAt) return undefined;
  const details = isPlainObject(raw.details) ? raw.details : {};
  const entries = Object.entries(details);
  if (entries.length > 50 || !entries.every(([, value]) => isDetail(value))) return undefined;
  return { ...base, details: Object.fromEntries(entries) as Record<string, Detail> };
}

/** The journal: finished sessions, one key each, so a bad entry never costs the others. */
export function openJournal(store: KeyValueStore) {
  return {
    async add(entry: Omit<JournalEntry, 'id'>): Promise<JournalEntry> {
      const saved = {
        ...entry,
        id: `${entry.startedAt}-${Math.random().toString(36).slice(2, 8)}`,
      };
      await store.set(saved.id, saved);
      return saved;
    },
    async list(): Promise<JournalEntry[]> {
      const rows = await store.entries();
      return rows
        .map(([, value]) => parseEntry(value))
        .filter((entry): entry is JournalEntry => entry !== undefined)
        .sort((a, b) => a.startedAt - b.startedAt);
    },
    async replaceAll(entries: JournalEntry[]): Promise<void> {
      await store.clear();
      for (const entry of entries) await store.set(entry.id, entry);
    },
  };
}

/** The journal's interface. */
export type Journal = ReturnType<typeof openJournal>;
