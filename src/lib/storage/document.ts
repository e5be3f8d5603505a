import type { KeyValueStore } from './kv';
import { getPath, readShape, setPath, isPlainObject, type Infer, type Shape } from './schema';
import { createOwnWrites, defaultChannel, type SyncChannel } from './tab-sync';

/** Turns data saved by version `n` of a document into version `n + 1`. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/** What a document is: where it is kept, its shape, and how to upgrade old copies. */
export interface DocumentSpec<S extends Shape> {
  key: string;
  shape: S;
  version: number;
  /** migrations[n] upgrades version n to n + 1; version 0 is data saved before versioning. */
  migrations: readonly Migration[];
}

/** How a document is kept on disk. */
export interface Envelope {
  version: number;
  data: Record<string, unknown>;
}

/** A stored copy from a newer Lull than this one: read what we understand, keep the rest. */
export class NewerVersionError extends Error {
  constructor(readonly found: number) {
    super(`Saved by a newer version of Lull (format ${found}).`);
    this.name = 'NewerVersionError';
  }
}

/** Brings stored data up to the spec's version. Unversioned data counts as version 0. */
export function migrate(spec: DocumentSpec<Shape>, stored: unknown): Envelope | undefined {
  if (stored === undefined || stored === null) return undefined;
  const enveloped =
    isPlainObject(stored) && typeof stored.version === 'number' && isPlainObject(stored.data);
  let version = enveloped ? (stored.version as number) : 0;
  let data = enveloped
    ? (stored.data as Record<string, unknown>)
    : isPlainObject(stored)
      ? stored
      : {};
  if (!Number.isInteger(version) || version < 0) version = 0;
  while (version < spec.version) {
    const step = spec.migrations[version];
    data = step ? step(structuredClone(data)) : data;
    version += 1;
  }
  return { version, data };
}

/** A settings document in memory, written to disk at each change (a run of changes at its end). */
export interface SyncedDocument<T> {
  load(): Promise<{ value: T; invalid: string[] }>;
  value(): T;
  /** Changes the value at a dotted path ("appearance.theme") now; saves it at once or soon. */
  set(path: string, value: unknown): void;
  /** Replaces the whole document and saves at once (a restored backup). */
  replace(data: Record<string, unknown>): Promise<void>;
  flush(): Promise<void>;
  subscribe(listener: (value: T) => void): () => void;
  dispose(): void;
}

/** Options for a document: the pause that ends a run of changes, and the channel between tabs. */
export interface DocumentOptions {
  debounceMs?: number;
  channel?: SyncChannel | null;
}

/**
 * Opens a document: validated on read, migrated, saved at once on a change (a run of changes, a
 * slider's drag, once it pauses; flushed when the page hides), and kept in step across tabs.
 * Each write puts this tab's changed paths on the last copy it knows to be on disk, and sends
 * them to the other tabs, which take them into their copies; a write from another tab that lands
 * on top of one of this tab's, made on a copy from before it, is answered by writing the lost
 * paths again. So two tabs never overwrite each other's changes with stale values for long, and
 * no write ever waits for the page to answer a read.
 */
export function openDocument<S extends Shape>(
  spec: DocumentSpec<S>,
  store: KeyValueStore,
  { debounceMs = 300, channel = defaultChannel(spec.key) }: DocumentOptions = {},
): SyncedDocument<Infer<S>> {
  type T = Infer<S>;
  let current = readShape(spec.shape, {}).value as T;
  // Paths changed here and not yet on disk, each with the number of its latest change: a path
  // stays here until a write carrying that very change has finished.
  const dirty = new Map<string, number>();
  let changeCount = 0;
  const listeners = new Set<(value: T) => void>();
  // A run of changes: the first is written at once, the rest once the run pauses.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let changedInRun = false;
  let writing: Promise<void> = Promise.resolve();

  const notify = () => listeners.forEach((listener) => listener(current));

  /** Puts this tab's unsaved changes back on top of data that came from elsewhere. */
  const withPending = (incoming: T): T => {
    const next = structuredClone(incoming) as Record<string, unknown>;
    for (const path of dirty.keys()) setPath(next, path, structuredClone(getPath(current, path)));
    return next as T;
  };

  // The last copy known to be on disk: loaded, written here, or written by another tab. Known
  // once loaded, even when that copy is nothing (a first visit).
  let onDisk: Envelope | undefined;
  let loaded = false;

  const merged = (base: Envelope | undefined, changes: [string, unknown][]): Envelope => {
    const data = structuredClone(base?.data ?? {});
    for (const [path, value] of changes) setPath(data, path, structuredClone(value));
    return { version: Math.max(base?.version ?? 0, spec.version), data };
  };

  // The paths this tab has written: another tab's write may take them off the disk (below).
  const ownWrites = createOwnWrites();

  async function write(): Promise<void> {
    if (dirty.size === 0) return;
    const carried = new Map(dirty);
    const changes = [...carried.keys()].map((path): [string, unknown] => [
      path,
      structuredClone(getPath(current, path)),
    ]);
    let written: Envelope;
    if (loaded) {
      // Written blind, on the last copy known to be on disk (nothing, on a first visit; another
      // tab's writes reach it through the channel), and committed with the write: nothing is
      // left for the page to do once the write is sent. A read-then-write transaction issues
      // its write in the read's callback, which a page going away may never run; IndexedDB
      // then aborts it, and with it every write queued behind it, the leaving one too
      // (src/lib/storage/committed.ts).
      written = merged(onDisk, changes);
      await store.set(spec.key, written);
    } else {
      // Not loaded yet, so what is on disk is not known: read and written in one transaction.
      written = await store.update<Envelope>(spec.key, (stored) =>
        merged(migrate(spec, stored), changes),
      );
    }
    onDisk = written;
    ownWrites.record(changes);
    for (const [path, count] of carried) if (dirty.get(path) === count) dirty.delete(path);
    channel?.postMessage({ key: spec.key, changes, data: written.data });
  }

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    changedInRun = false;
    const started = write();
    writing = Promise.all([writing, started]).then(() => undefined);
    return writing;
  };

  // Flush when the page goes away. Chromium drops an IndexedDB write begun in `pagehide` during
  // a navigation (checked in Chromium 156), but keeps one begun in `beforeunload`; mobile
  // browsers may skip both and only report `visibilitychange` to hidden. So: all three.
  const onPageHide = () => void flush();
  const onHide = () => {
    // A hidden page may be frozen or discarded without another event.
    if (document.visibilityState === 'hidden') void flush();
  };
  const unloadEvents = ['beforeunload', 'pagehide'] as const;
  unloadEvents.forEach((type) => globalThis.addEventListener?.(type, onPageHide));
  globalThis.document?.addEventListener('visibilitychange', onHide);

  channel?.addEventListener('message', (event) => {
    const { key, changes } = event.data ?? {};
    if (key !== spec.key || !Array.isArray(changes)) return;
    const data = event.data.data;
    let lost: string[] = [];
    if (isPlainObject(data)) {
      onDisk = { version: Math.max(onDisk?.version ?? 0, spec.version), data };
      // Their write was made on a copy without some of this tab's writes. If it landed last,
      // it took them off the disk: they are written again on top of it.
      lost = ownWrites.lostTo(data, new Set(changes.map(([path]) => path)));
    }
    const next = structuredClone(current) as Record<string, unknown>;
    // A path changed here and not yet saved keeps this tab's value: it is written after.
    for (const [path, value] of changes) if (!dirty.has(path)) setPath(next, path, value);
    current = readShape(spec.shape, next).value as T;
    for (const path of lost) if (!dirty.has(path)) dirty.set(path, (changeCount += 1));
    if (lost.length > 0) void flush();
    notify();
  });

  return {
    async load() {
      const stored = migrate(spec, await store.get(spec.key));
      onDisk = stored;
      loaded = true;
      const { value, invalid } = readShape(spec.shape, stored?.data ?? {});
      // A change made while loading wins over what was on disk, even one being written now.
      current = withPending(value as T);
      notify();
      return { value: current, invalid };
    },
    value: () => current,
    set(path, value) {
      const next = structuredClone(current) as Record<string, unknown>;
      setPath(next, path, value);
      current = next as T;
      dirty.set(path, (changeCount += 1));
      notify();
      // Written at once, so a page left straight after a choice has it on disk already; the
      // rest of a run waits for its pause, so a slider's drag is not a write per step.
      if (timer === undefined) void flush();
      else changedInRun = true;
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        if (changedInRun) void flush();
      }, debounceMs);
    },
    async replace(data) {
      current = readShape(spec.shape, data).value as T;
      dirty.clear();
      for (const key of Object.keys(spec.shape)) dirty.set(key, (changeCount += 1));
      notify();
      await flush();
    },
    flush: () => flush(),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      clearTimeout(timer);
      unloadEvents.forEach((type) => globalThis.removeEventListener?.(type, onPageHide));
      globalThis.document?.removeEventListener('visibilitychange', onHide);
      channel?.close();
    },
  };
}
