import { createStore, entries, get, del, clear, keys, type UseStore } from 'idb-keyval';
import { setCommitted, updateCommitted } from './committed';

/** Where a store's data lives right now: on disk, or only in memory until the tab closes. */
export type StorageMode = 'indexeddb' | 'memory';

/** A small key-value store that survives the ways IndexedDB fails in real browsers. */
export interface KeyValueStore {
  readonly name: string;
  mode(): StorageMode;
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  /**
   * Replaces a value by `change(old)` in one transaction, so a write from another tab cannot
   * land between the read and the write. `change` may run more than once: keep it pure.
   */
  update<T>(key: string, change: (old: T | undefined) => T): Promise<T>;
  del(key: string): Promise<void>;
  entries(): Promise<[string, unknown][]>;
  /** Every key, sorted, without reading a value: cheap where the values are many. */
  keys(): Promise<string[]>;
  clear(): Promise<void>;
  /** Called when the store falls back to memory, or a write is refused (quota). */
  onProblem(listener: (problem: StorageProblem) => void): () => void;
}

/** Why the store could not do what was asked. */
export type StorageProblem = 'unavailable' | 'quota';

/** Opens an IndexedDB database; injectable so tests can make it fail. */
export type StoreFactory = (dbName: string, storeName: string) => UseStore;

// Safari: "Connection to Indexed Database server lost"; Chromium/Firefox: "The database
// connection is closing" (InvalidStateError). idb-keyval caches the connection (its #165),
// so a fresh createStore is needed to get a working one back.
const LOST_CONNECTION = /connection.*(lost|closing)|database.*closing/i;

/** True for the errors after which reopening the database helps. */
export function isLostConnection(error: unknown): boolean {
  if (!(error instanceof Error) && !(error instanceof DOMException)) return false;
  return error.name === 'InvalidStateError' || LOST_CONNECTION.test(error.message);
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'QuotaExceededError';
}

/**
 * One IndexedDB database (one object store) behind retry-once and a memory fallback.
 * Reads and writes never reject: a failure moves the store to memory and tells listeners.
 */
export function openKeyValueStore(
  dbName: string,
  factory: StoreFactory = createStore,
): KeyValueStore {
  const memory = new Map<string, unknown>();
  // Keys whose latest change the disk refused (quota): memory is the only place that has it,
  // so reads of them answer from memory until a later write of the key succeeds.
  const unsaved = new Set<string>();
  // Counts changes, so a read that overlapped a change does not copy an older value to memory.
  let changes = 0;
  const listeners = new Set<(problem: StorageProblem) => void>();
  let mode: StorageMode = 'indexeddb';
  let store: UseStore | undefined;

  const tell = (problem: StorageProblem) => listeners.forEach((listener) => listener(problem));
  const open = () => (store = factory(dbName, 'keyval'));

  const fallBack = () => {
    if (mode === 'memory') return;
    mode = 'memory';
    tell('unavailable');
  };

  async function attempt<T>(op: (db: UseStore) => Promise<T>, inMemory: () => T): Promise<T> {
    if (mode === 'memory') return inMemory();
    try {
      return await op(store ?? open());
    } catch (error) {
      if (isQuotaError(error)) {
        tell('quota');
        return inMemory();
      }
      if (isLostConnection(error)) {
        try {
          return await op(open());
        } catch (retryError) {
          if (isQuotaError(retryError)) {
            tell('quota');
            return inMemory();
          }
        }
      }
      fallBack();
      return inMemory();
    }
  }

  if (typeof indexedDB === 'undefined') fallBack();

  return {
    name: dbName,
    mode: () => mode,
    get: <T>(key: string) =>
      unsaved.has(key)
        ? Promise.resolve(memory.get(key) as T | undefined)
        : attempt(
            async (db) => {
              const seen = changes;
              const value = await get<T>(key, db);
              // Memory keeps what was read, so a later fall back still answers with it.
              if (seen === changes) {
                if (value === undefined) memory.delete(key);
                else memory.set(key, value);
              }
              return value;
            },
            () => memory.get(key) as T | undefined,
          ),
    async set(key, value) {
      // Memory always holds the latest value, so a write that fails later loses nothing.
      changes += 1;
      memory.set(key, value);
      await attempt(
        (db) => setCommitted(key, value, db).then(() => void unsaved.delete(key)),
        () => void unsaved.add(key),
      );
    },
    async update<T>(key: string, change: (old: T | undefined) => T) {
      const mine = (changes += 1);
      let next: T | undefined;
      // A value the disk refused earlier lives only in memory: build on it, not on the disk's.
      const apply = (old: T | undefined) =>
        (next = change(unsaved.has(key) ? (memory.get(key) as T | undefined) : old));
      await attempt(
        (db) =>
          updateCommitted<T>(key, apply, db).then(() => {
            unsaved.delete(key);
            if (changes === mine) memory.set(key, next);
          }),
        () => {
          memory.set(key, apply(memory.get(key) as T | undefined));
          unsaved.add(key);
        },
      );
      return next as T;
    },
    async del(key) {
      changes += 1;
      memory.delete(key);
      await attempt(
        (db) => del(key, db).then(() => void unsaved.delete(key)),
        () => void unsaved.add(key),
      );
    },
    entries: () =>
      attempt(
        async (db) => {
          const seen = changes;
          const rows = new Map(await entries<string, unknown>(db));
          for (const key of unsaved)
            if (memory.has(key)) rows.set(key, memory.get(key));
            else rows.delete(key);
          if (seen === changes) {
            memory.clear();
            rows.forEach((value, key) => memory.set(key, value));
          }
          return [...rows];
        },
        () => [...memory.entries()],
      ),
    keys: () =>
      attempt(
        async (db) => {
          const found = new Set((await keys(db)).map(String));
          // A change the disk refused lives only in memory: a refused write adds its key, a
          // refused delete takes it away.
          for (const key of unsaved)
            if (memory.has(key)) found.add(key);
            else found.delete(key);
          return [...found].sort();
        },
        () => [...memory.keys()].sort(),
      ),
    async clear() {
      changes += 1;
      memory.clear();
      await attempt(
        (db) => clear(db).then(() => unsaved.clear()),
        () => undefined,
      );
    },
    onProblem(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
