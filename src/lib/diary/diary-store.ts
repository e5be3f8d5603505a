import { openKeyValueStore, type KeyValueStore } from '../storage/kv';
import { isUnreadable, type NightEntry, type UnreadableNight } from './night-entry';
import { readNight } from './night-reader';

/** The diary's own database: one key per night ("YYYY-MM-DD"), apart from the settings. */
export const DIARY_DB = 'lull-diary';

const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
const keyOf = (night: NightEntry | UnreadableNight) =>
  isUnreadable(night) ? night.key : night.night;

/**
 * The sleep diary on disk. Each night is its own key, so two tabs saving different nights
 * never meet, and a damaged night costs only itself: it is read back as unreadable, with its
 * key, never dropped.
 */
export function openDiaryStore(store: KeyValueStore = openKeyValueStore(DIARY_DB)) {
  const get = async (night: string): Promise<NightEntry | UnreadableNight | undefined> => {
    const raw = await store.get(night);
    return raw === undefined ? undefined : readNight(raw, night);
  };
  return {
    /** Every stored night, oldest first; damaged ones as unreadable markers in their place. */
    async all(): Promise<(NightEntry | UnreadableNight)[]> {
      const rows = await store.entries();
      // A key holding nothing is no night, as `get` says (a refused edit of an empty key).
      return rows
        .filter(([, value]) => value !== undefined)
        .map(([key, value]) => ({ key: String(key), night: readNight(value, String(key)) }))
        .sort(byKey)
        .map(({ night }) => night);
    },
    /** The keys of every stored night, in order, without reading one: years of them are cheap. */
    dates: () => store.keys(),
    /** The stored ones of `nights`, in order, each read as `get` reads it. */
    async some(nights: readonly string[]): Promise<(NightEntry | UnreadableNight)[]> {
      const read = await Promise.all(nights.map(get));
      return read.filter((night) => night !== undefined);
    },
    /** One night, or undefined when it was never logged. */
    get,
    /** Saves a checked night under its own date (checkIn gives only valid nights). */
    save: (night: NightEntry) => store.set(night.night, night),
    /**
     * Changes one night from what is on disk now, in one transaction, so a save in another
     * tab between the read and the write is built on, not lost. `change` gets undefined for a
     * night not logged or unreadable, and may run more than once: keep it pure. A change that
     * returns another night is not saved (its times belong to that night): false.
     */
    async edit(night: string, change: (old: NightEntry | undefined) => NightEntry) {
      let saved = false;
      await store.update<unknown>(night, (raw) => {
        const old = raw === undefined ? undefined : readNight(raw, night);
        const next = change(old === undefined || isUnreadable(old) ? undefined : old);
        // Throwing here would fail the transaction and move the whole store to memory.
        saved = next.night === night;
        return saved ? next : raw;
      });
      return saved;
    },
    /** Forgets one night. */
    remove: (night: string) => store.del(night),
    /** Replaces the whole diary with checked nights (an import). */
    async replaceAll(nights: readonly NightEntry[]): Promise<void> {
      await store.clear();
      for (const night of nights) await store.set(night.night, night);
    },
  };
}

/** The diary store's interface. */
export type DiaryStore = ReturnType<typeof openDiaryStore>;

/** The nights that could be read, apart from the markers of those that could not. */
export function splitReadable(nights: readonly (NightEntry | UnreadableNight)[]) {
  const readable = nights.filter((night): night is NightEntry => !isUnreadable(night));
  const unreadable = nights.filter(isUnreadable).map(keyOf);
  return { readable, unreadable };
}
