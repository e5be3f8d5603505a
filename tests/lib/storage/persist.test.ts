import { beforeEach, describe, it, expect, vi } from 'vitest';

// `requestPersistence` asks once per page load, kept in module state: a fresh module per test.
let persist: typeof import('../../../src/lib/storage/persist');
beforeEach(async () => {
  vi.resetModules();
  persist = await import('../../../src/lib/storage/persist');
});

/** A stand-in for navigator.storage that remembers how often the page asked to persist. */
function fakeStorage({ persisted = false, grants = true, fails = false } = {}) {
  const storage = {
    asked: 0,
    persisted: async () => {
      if (fails) throw new DOMException('Denied.', 'SecurityError');
      return persisted;
    },
    persist: async () => {
      storage.asked += 1;
      return grants;
    },
    estimate: async () => ({ usage: 1024, quota: 5_000_000 }),
  };
  return storage as typeof storage & StorageManager;
}

describe('requestPersistence', () => {
  it('asks the browser and gives its answer', async () => {
    const granted = fakeStorage({ grants: true });
    expect(await persist.requestPersistence(granted)).toBe(true);
    expect(granted.asked).toBe(1);
  });

  it('gives a refusal as false', async () => {
    expect(await persist.requestPersistence(fakeStorage({ grants: false }))).toBe(false);
  });

  it('does not ask again when the data is already kept', async () => {
    const kept = fakeStorage({ persisted: true });
    expect(await persist.requestPersistence(kept)).toBe(true);
    expect(kept.asked).toBe(0);
  });

  it('asks at most once per page load', async () => {
    const storage = fakeStorage({ grants: false });
    await persist.requestPersistence(storage);
    expect(await persist.requestPersistence(storage)).toBe(false);
    expect(storage.asked).toBe(1);
  });

  it('is false where the browser cannot persist, or fails', async () => {
    expect(await persist.requestPersistence(undefined)).toBe(false);
    expect(await persist.requestPersistence({} as StorageManager)).toBe(false);
    vi.resetModules();
    const fresh = await import('../../../src/lib/storage/persist');
    expect(await fresh.requestPersistence(fakeStorage({ fails: true }))).toBe(false);
  });
});

describe('isPersisted', () => {
  it('tells whether the browser has promised to keep the data', async () => {
    expect(await persist.isPersisted(fakeStorage({ persisted: true }))).toBe(true);
    expect(await persist.isPersisted(fakeStorage({ persisted: false }))).toBe(false);
  });

  it('is false without the API or when it fails', async () => {
    expect(await persist.isPersisted(undefined)).toBe(false);
    expect(await persist.isPersisted({} as StorageManager)).toBe(false);
    expect(await persist.isPersisted(fakeStorage({ fails: true }))).toBe(false);
  });
});

describe('storageEstimate', () => {
  it('gives usage and quota', async () => {
    expect(await persist.storageEstimate(fakeStorage())).toEqual({ usage: 1024, quota: 5_000_000 });
  });

  it('fills missing figures with 0, and is null without the API or on failure', async () => {
    const partial = { estimate: async () => ({}) } as unknown as StorageManager;
    expect(await persist.storageEstimate(partial)).toEqual({ usage: 0, quota: 0 });
    expect(await persist.storageEstimate(undefined)).toBeNull();
    expect(await persist.storageEstimate({} as StorageManager)).toBeNull();
    const failing = {
      estimate: () => Promise.reject(new TypeError('No.')),
    } as unknown as StorageManager;
    expect(await persist.storageEstimate(failing)).toBeNull();
  });
});
