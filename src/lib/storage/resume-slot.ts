import type { KeyValueStore } from './kv';

/** Where one running session is kept between page loads (tests pass fakes). */
export interface ResumeSlot<T> {
  load(): Promise<T | undefined>;
  save(value: T): unknown;
  clear(): unknown;
}

/**
 * A place to keep one running session (breathing, stretches, the routine) so a reload, a
 * killed app or hours away resume it. What is read back is checked by `parse`; anything
 * invalid is treated as "no session" and removed.
 */
export function openResumeSlot<T>(
  store: KeyValueStore,
  key: string,
  parse: (raw: unknown) => T | undefined,
) {
  return {
    async load(): Promise<T | undefined> {
      const raw = await store.get(key);
      if (raw === undefined) return undefined;
      const parsed = parse(raw);
      if (parsed === undefined) await store.del(key);
      return parsed;
    },
    save: (value: T) => store.set(key, value),
    clear: () => store.del(key),
  };
}

/** The store that holds running sessions (not part of backups: they are moments, not data). */
export const sessionStoreName = 'lull-sessions';
