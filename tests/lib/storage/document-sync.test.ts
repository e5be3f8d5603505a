import { describe, it, expect } from 'vitest';
import { openDocument } from '../../../src/lib/storage/document';
import type { SyncChannel } from '../../../src/lib/storage/tab-sync';
import { openKeyValueStore, type KeyValueStore } from '../../../src/lib/storage/kv';
import {
  appearanceOnlySpec,
  channelPair,
  freshName,
  freshStore,
  settle,
} from '../../support/stores';

const open = (store: KeyValueStore, channel: SyncChannel | null = null) =>
  openDocument(appearanceOnlySpec, store, { channel, debounceMs: 10_000 });

const stored = (theme: string, motion: string, extra: Record<string, unknown> = {}) => ({
  version: 1,
  data: { appearance: { theme, motion, language: 'system' }, ...extra },
});

describe('a change made before loading finished', () => {
  it('wins over the disk and leaves the other stored fields alone', async () => {
    const store = freshStore();
    await store.set('settings', stored('system', 'reduce', { later: 1 }));
    const doc = open(store);
    const loading = doc.load();
    doc.set('appearance.theme', 'night');
    const { value } = await loading;
    expect(value.appearance).toEqual({ theme: 'night', motion: 'reduce', language: 'system' });
    expect(doc.value().appearance).toEqual({
      theme: 'night',
      motion: 'reduce',
      language: 'system',
    });
    await doc.flush();
    expect(await store.get('settings')).toEqual(stored('night', 'reduce', { later: 1 }));
    doc.dispose();
  });

  it('is kept when it is written before loading finishes (page hidden at once)', async () => {
    const store = freshStore();
    await store.set('settings', stored('system', 'reduce'));
    const doc = open(store);
    const loading = doc.load();
    doc.set('appearance.theme', 'night');
    const writing = doc.flush();
    await loading;
    await writing;
    expect(doc.value().appearance).toEqual({
      theme: 'night',
      motion: 'reduce',
      language: 'system',
    });
    expect(await store.get('settings')).toEqual(stored('night', 'reduce'));
    doc.dispose();
  });

  it('is kept when two writes start before anything was read', async () => {
    const store = freshStore();
    await store.set('settings', stored('system', 'system', { later: 1 }));
    const doc = open(store);
    doc.set('appearance.theme', 'night');
    const first = doc.flush();
    doc.set('appearance.motion', 'reduce');
    await Promise.all([first, doc.flush()]);
    expect(await store.get('settings')).toEqual(stored('night', 'reduce', { later: 1 }));
    doc.dispose();
  });
});

describe('two tabs', () => {
  async function twoTabs() {
    const name = freshName('tabs');
    // Each tab has its own connection to the same database, and its own channel end.
    const [channelA, channelB] = channelPair();
    const a = open(openKeyValueStore(name), channelA);
    const b = open(openKeyValueStore(name), channelB);
    await Promise.all([a.load(), b.load()]);
    // What a third tab, opened now, would read.
    const disk = async () => {
      const later = open(openKeyValueStore(name));
      const { value } = await later.load();
      later.dispose();
      return value.appearance;
    };
    return { a, b, channelA, channelB, disk };
  }

  it('sees the other tab’s change', async () => {
    const { a, b, channelB, disk } = await twoTabs();
    a.set('appearance.theme', 'night');
    await a.flush();
    channelB.deliver();
    expect(b.value().appearance.theme).toBe('night');
    expect(await disk()).toEqual({ theme: 'night', motion: 'system', language: 'system' });
    a.dispose();
    b.dispose();
  });

  it('one after the other: both changes end on disk and in both tabs', async () => {
    const { a, b, channelA, channelB, disk } = await twoTabs();
    a.set('appearance.theme', 'night');
    await a.flush();
    channelB.deliver();
    b.set('appearance.motion', 'reduce');
    await b.flush();
    channelA.deliver();
    const both = { theme: 'night', motion: 'reduce', language: 'system' };
    expect(a.value().appearance).toEqual(both);
    expect(b.value().appearance).toEqual(both);
    expect(await disk()).toEqual(both);
    a.dispose();
    b.dispose();
  });

  // Each write is made on the copy its tab knows; whichever lands last lacks the other's change
  // until that tab hears of it and writes its change again.
  it.each(['theme', 'motion'])(
    'at the same moment, the %s tab’s write landing last: both changes end on disk and in both tabs',
    async (last) => {
      const { a, b, channelA, channelB, disk } = await twoTabs();
      a.set('appearance.theme', 'night');
      b.set('appearance.motion', 'reduce');
      const flushes = last === 'motion' ? [a, b] : [b, a];
      await Promise.all(flushes.map((tab) => tab.flush()));
      channelA.deliver();
      channelB.deliver();
      await settle();
      const both = { theme: 'night', motion: 'reduce', language: 'system' };
      expect(await disk()).toEqual(both);
      expect(a.value().appearance).toEqual(both);
      expect(b.value().appearance).toEqual(both);
      a.dispose();
      b.dispose();
    },
  );

  it('a change the other tab made itself is not written back over', async () => {
    const { a, b, channelA, channelB, disk } = await twoTabs();
    a.set('appearance.theme', 'night');
    await a.flush();
    channelB.deliver();
    b.set('appearance.theme', 'system');
    await b.flush();
    channelA.deliver();
    await settle();
    expect(await disk()).toEqual({ theme: 'system', motion: 'system', language: 'system' });
    expect(a.value().appearance.theme).toBe('system');
    a.dispose();
    b.dispose();
  });

  it('keeps its own unsaved change when the other tab’s arrives', async () => {
    const { a, b, channelB } = await twoTabs();
    // The first change of a run is written at once; the second waits for the run's pause.
    b.set('appearance.motion', 'system');
    b.set('appearance.motion', 'reduce');
    a.set('appearance.theme', 'night');
    await a.flush();
    channelB.deliver();
    expect(b.value().appearance).toEqual({ theme: 'night', motion: 'reduce', language: 'system' });
    a.dispose();
    b.dispose();
  });

  it('ignores messages about other documents, and messages it cannot read', async () => {
    const { a, b, channelA, channelB } = await twoTabs();
    const data = { appearance: { theme: 'night' } };
    channelA.postMessage({ key: 'schedule', changes: [['appearance.theme', 'night']], data });
    // The form an older Lull sends (whole document, no changes) is not taken as a change.
    channelA.postMessage({ key: 'settings', data } as never);
    channelB.deliver();
    expect(b.value().appearance.theme).toBe('dark');
    a.dispose();
    b.dispose();
  });
});

describe('replace', () => {
  it('replaces every setting, saves at once and tells the other tab', async () => {
    const name = freshName();
    const [channelA, channelB] = channelPair();
    const store = openKeyValueStore(name);
    await store.set('settings', stored('night', 'reduce', { later: 1 }));
    const a = open(store, channelA);
    const b = open(openKeyValueStore(name), channelB);
    await Promise.all([a.load(), b.load()]);

    await a.replace({ appearance: { theme: 'system', motion: 'sideways' } });

    expect(a.value().appearance).toEqual({ theme: 'system', motion: 'system', language: 'system' });
    expect(await store.get('settings')).toEqual(stored('system', 'system', { later: 1 }));
    channelB.deliver();
    expect(b.value().appearance).toEqual({ theme: 'system', motion: 'system', language: 'system' });
    expect(channelA.closed).toBe(false);
    a.dispose();
    expect(channelA.closed).toBe(true);
    b.dispose();
  });
});
