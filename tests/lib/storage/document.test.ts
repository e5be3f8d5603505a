import { afterEach, beforeEach, describe, it, expect, vi } from 'vitest';
import { migrate, openDocument, type DocumentOptions } from '../../../src/lib/storage/document';
import type { KeyValueStore } from '../../../src/lib/storage/kv';
import { settingsSpec } from '../../../src/app/settings-schema';
import { settingsV0 } from '../../support/fixtures';
import { appearanceOnlySpec, freshStore, settle } from '../../support/stores';

const open = (store: KeyValueStore, options: DocumentOptions = {}) =>
  openDocument(appearanceOnlySpec, store, { channel: null, ...options });

const defaults = { appearance: { theme: 'dark', motion: 'system', language: 'system' } };

describe('migrate', () => {
  it('turns the version-0 settings into version 1', () => {
    expect(migrate(settingsSpec, settingsV0())).toEqual({
      version: 1,
      data: { appearance: { theme: 'night', motion: 'reduce' } },
    });
    expect(migrate(settingsSpec, { theme: 'auto', reduceMotion: false, font: 'big' })).toEqual({
      version: 1,
      data: { font: 'big', appearance: { theme: 'system', motion: 'system' } },
    });
  });

  it('runs the migrations on a version-0 envelope and on unversioned data alike', () => {
    const expected = migrate(settingsSpec, settingsV0());
    expect(migrate(settingsSpec, { version: 0, data: settingsV0() })).toEqual(expected);
    expect(migrate(settingsSpec, { version: -3, data: settingsV0() })).toEqual(expected);
  });

  it('leaves current and newer versions as they are', () => {
    const current = { version: 1, data: { appearance: { theme: 'night' } } };
    expect(migrate(settingsSpec, current)).toEqual(current);
    const newer = { version: 7, data: { appearance: { glow: 2 }, later: true } };
    expect(migrate(settingsSpec, newer)).toEqual(newer);
  });

  it('gives nothing for nothing stored', () => {
    expect(migrate(settingsSpec, undefined)).toBeUndefined();
    expect(migrate(settingsSpec, null)).toBeUndefined();
  });

  it('does not change the data it was given', () => {
    const stored = settingsV0();
    migrate(settingsSpec, stored);
    expect(stored).toEqual(settingsV0());
  });
});

describe('openDocument: loading', () => {
  it('gives the defaults when nothing is stored', async () => {
    const doc = open(freshStore());
    expect(doc.value()).toEqual(defaults);
    expect(await doc.load()).toEqual({ value: defaults, invalid: [] });
    doc.dispose();
  });

  it('migrates version-0 data and stores it back as version 1 on the next write', async () => {
    const store = freshStore();
    await store.set('settings', settingsV0());
    const doc = open(store);
    const { value, invalid } = await doc.load();
    expect(value.appearance).toEqual({ theme: 'night', motion: 'reduce', language: 'system' });
    expect(invalid).toEqual([]);
    expect(await store.get('settings')).toEqual(settingsV0());

    doc.set('appearance.motion', 'system');
    await doc.flush();
    expect(await store.get('settings')).toEqual({
      version: 1,
      data: { appearance: { theme: 'night', motion: 'system' } },
    });
    doc.dispose();
  });

  it('reports invalid fields, defaults them and keeps the rest', async () => {
    const store = freshStore();
    await store.set('settings', {
      version: 1,
      data: { appearance: { theme: 'purple', motion: 'reduce' } },
    });
    const doc = open(store);
    const { value, invalid } = await doc.load();
    expect(value.appearance).toEqual({ theme: 'dark', motion: 'reduce', language: 'system' });
    expect(invalid).toEqual(['appearance.theme']);
    doc.dispose();
  });

  it('reads a newer version and keeps what it does not know through a write', async () => {
    const store = freshStore();
    const newer = {
      version: 2,
      data: { appearance: { theme: 'night', motion: 'reduce' }, sleepLog: { nights: [8, 7] } },
    };
    await store.set('settings', newer);
    const doc = open(store);
    expect((await doc.load()).value.appearance).toEqual({
      theme: 'night',
      motion: 'reduce',
      language: 'system',
    });
    doc.set('appearance.theme', 'system');
    await doc.flush();
    expect(await store.get('settings')).toEqual({
      version: 2,
      data: { appearance: { theme: 'system', motion: 'reduce' }, sleepLog: { nights: [8, 7] } },
    });
    doc.dispose();
  });

  it('tells subscribers about loaded and changed values', async () => {
    const store = freshStore();
    await store.set('settings', { version: 1, data: { appearance: { theme: 'night' } } });
    const doc = open(store);
    const seen: string[] = [];
    const stop = doc.subscribe((value) => seen.push(value.appearance.theme));
    await doc.load();
    doc.set('appearance.theme', 'system');
    stop();
    doc.set('appearance.theme', 'dark');
    expect(seen).toEqual(['night', 'system']);
    expect(doc.value().appearance.theme).toBe('dark');
    doc.dispose();
  });
});

describe('openDocument: saving', () => {
  beforeEach(() => {
    // Only the timers: fake-indexeddb itself runs on setImmediate, which must stay real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    Reflect.deleteProperty(document, 'visibilityState');
  });

  async function loaded() {
    const store = freshStore();
    const doc = open(store, { debounceMs: 300 });
    await doc.load();
    return { store, doc };
  }

  // Only the paths changed are written: an unchanged field stays off the disk.
  const saved = (appearance: Record<string, string>) => ({ version: 1, data: { appearance } });

  /** Starts a run of changes: the first is written at once, `changeInRun` waits for the pause. */
  async function inARun(changeInRun: (doc: ReturnType<typeof open>) => void) {
    const { store, doc } = await loaded();
    doc.set('appearance.theme', 'night');
    await settle();
    expect(await store.get('settings')).toEqual(saved({ theme: 'night' }));
    changeInRun(doc);
    await settle();
    expect(await store.get('settings')).toEqual(saved({ theme: 'night' }));
    return { store, doc };
  }

  it('writes a change at once, and the rest of a run once it has paused, not before', async () => {
    const { store, doc } = await inARun(() => undefined);
    await vi.advanceTimersByTimeAsync(200);
    doc.set('appearance.motion', 'reduce');
    doc.set('appearance.theme', 'system');
    // The pause is counted from the run's last change.
    await vi.advanceTimersByTimeAsync(200);
    doc.set('appearance.theme', 'dark');
    await vi.advanceTimersByTimeAsync(299);
    await settle();
    expect(await store.get('settings')).toEqual(saved({ theme: 'night' }));

    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(async () =>
      expect(await store.get('settings')).toEqual(saved({ theme: 'dark', motion: 'reduce' })),
    );
    // After the pause a new run begins: its first change is written at once again.
    doc.set('appearance.motion', 'system');
    await vi.waitFor(async () =>
      expect(await store.get('settings')).toEqual(saved({ theme: 'dark', motion: 'system' })),
    );
    doc.dispose();
  });

  it.each(['pagehide', 'beforeunload'])('writes the rest of a run at once on %s', async (type) => {
    const { store, doc } = await inARun((doc) => doc.set('appearance.motion', 'reduce'));
    window.dispatchEvent(new Event(type));
    await settle();
    expect(await store.get('settings')).toEqual(saved({ theme: 'night', motion: 'reduce' }));
    doc.dispose();
  });

  it('writes the rest of a run at once when the page is hidden, not when shown', async () => {
    const { store, doc } = await inARun((doc) => doc.set('appearance.motion', 'reduce'));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(await store.get('settings')).toEqual(saved({ theme: 'night' }));

    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(await store.get('settings')).toEqual(saved({ theme: 'night', motion: 'reduce' }));
    doc.dispose();
  });

  it('writes without reading first when the page goes, even when nothing was stored', async () => {
    // A read-then-write is left undone by a page that goes before the read's answer (Chromium):
    // here it never finishes at all, and the change must be written anyway.
    const store = freshStore();
    const neverAnswers: KeyValueStore = { ...store, update: () => new Promise(() => undefined) };
    const doc = open(neverAnswers, { debounceMs: 300 });
    await doc.load();
    doc.set('appearance.theme', 'night');
    doc.set('appearance.motion', 'reduce');
    window.dispatchEvent(new Event('beforeunload'));
    await settle();
    expect(await store.get('settings')).toEqual(saved({ theme: 'night', motion: 'reduce' }));
    doc.dispose();
  });

  it('writes a loaded document’s change at once without reading first', async () => {
    // IndexedDB queues a write behind a read-then-write on the same store, and aborts both once
    // the page has gone without answering the read: a choice made just before leaving was lost.
    // Here such a read never answers, and every change must be on disk anyway, leaving or not.
    const store = freshStore();
    const neverAnswers: KeyValueStore = { ...store, update: () => new Promise(() => undefined) };
    const doc = open(neverAnswers, { debounceMs: 300 });
    await doc.load();
    doc.set('appearance.theme', 'night');
    await settle();
    expect(await store.get('settings')).toEqual(saved({ theme: 'night' }));
    doc.set('appearance.motion', 'reduce');
    await vi.advanceTimersByTimeAsync(300);
    await vi.waitFor(async () =>
      expect(await store.get('settings')).toEqual(saved({ theme: 'night', motion: 'reduce' })),
    );
    doc.dispose();
  });

  it('stops listening once disposed', async () => {
    const { store, doc } = await inARun((doc) => doc.set('appearance.motion', 'reduce'));
    doc.dispose();
    window.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(1000);
    await settle();
    expect(await store.get('settings')).toEqual(saved({ theme: 'night' }));
  });
});
