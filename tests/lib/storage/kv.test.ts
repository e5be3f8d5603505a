import { afterEach, describe, it, expect, vi } from 'vitest';
import { createStore, get as idbGet } from 'idb-keyval';
import {
  isLostConnection,
  openKeyValueStore,
  type StorageProblem,
} from '../../../src/lib/storage/kv';
import {
  failingUseStore,
  flakyFactory,
  freshName,
  freshStore,
  fullDiskFactory,
  losableFactory,
} from '../../support/stores';

/** What actually sits in the database, read around the store under test. */
const onDisk = (dbName: string, key: string) => idbGet(key, createStore(dbName, 'keyval'));

const lostConnections: [string, unknown][] = [
  [
    'InvalidStateError',
    new DOMException('The database connection is closing.', 'InvalidStateError'),
  ],
  ['Safari connection lost', new Error('Connection to Indexed Database server lost. Refresh.')],
  ['connection closing', new Error('The database connection is closing.')],
];

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('openKeyValueStore over IndexedDB', () => {
  it('lists its keys in order without their values', async () => {
    const store = freshStore();
    await store.set('2027-01-16', { night: 2 });
    await store.set('2027-01-15', { night: 1 });
    expect(await store.keys()).toEqual(['2027-01-15', '2027-01-16']);
  });

  it('gets, sets, deletes, lists and clears', async () => {
    const store = freshStore();
    expect(await store.get('missing')).toBeUndefined();
    await store.set('a', { theme: 'night' });
    await store.set('b', [1, 2]);
    expect(await store.get('a')).toEqual({ theme: 'night' });
    expect(await store.entries()).toEqual([
      ['a', { theme: 'night' }],
      ['b', [1, 2]],
    ]);
    await store.del('a');
    expect(await store.get('a')).toBeUndefined();
    await store.clear();
    expect(await store.entries()).toEqual([]);
    expect(store.mode()).toBe('indexeddb');
  });

  it('updates a value from its old one and returns the new one', async () => {
    const name = freshName();
    const store = openKeyValueStore(name);
    expect(await store.update<number>('count', (old) => (old ?? 0) + 1)).toBe(1);
    expect(await store.update<number>('count', (old) => (old ?? 0) + 1)).toBe(2);
    expect(await onDisk(name, 'count')).toBe(2);
  });

  it('updates from two connections at once without losing either change', async () => {
    const name = freshName();
    const tabA = openKeyValueStore(name);
    const tabB = openKeyValueStore(name);
    const add = (item: string) => (old: string[] | undefined) => [...(old ?? []), item];
    await Promise.all([tabA.update('items', add('a')), tabB.update('items', add('b'))]);
    expect([...((await onDisk(name, 'items')) as string[])].sort()).toEqual(['a', 'b']);
  });

  it('writes to disk, where another connection sees it', async () => {
    const name = freshName();
    await openKeyValueStore(name).set('k', 'v');
    expect(await onDisk(name, 'k')).toBe('v');
    expect(await openKeyValueStore(name).get('k')).toBe('v');
  });

  it('keeps databases apart by name', async () => {
    const one = freshStore();
    const two = freshStore();
    await one.set('k', 1);
    expect(await two.get('k')).toBeUndefined();
  });
});

describe('a lost connection', () => {
  it.each(lostConnections)('is recognised: %s', (_name, error) => {
    expect(isLostConnection(error)).toBe(true);
  });

  it('is told apart from other errors', () => {
    expect(isLostConnection(new DOMException('No.', 'NotFoundError'))).toBe(false);
    expect(isLostConnection(new TypeError('x is undefined'))).toBe(false);
    expect(isLostConnection('InvalidStateError')).toBe(false);
  });

  it.each(lostConnections)(
    'reopens the database once and the write lands: %s',
    async (_n, error) => {
      const name = freshName();
      const factory = flakyFactory(error, 1);
      const store = openKeyValueStore(name, factory);
      const problems: StorageProblem[] = [];
      store.onProblem((problem) => problems.push(problem));

      await store.set('theme', 'night');

      expect(factory.opened).toBe(2);
      expect(await onDisk(name, 'theme')).toBe('night');
      expect(await store.get('theme')).toBe('night');
      expect(store.mode()).toBe('indexeddb');
      expect(problems).toEqual([]);
    },
  );

  it('recovers on a read as well', async () => {
    const name = freshName();
    await openKeyValueStore(name).set('k', 'stored');
    const store = openKeyValueStore(name, flakyFactory(lostConnections[0][1], 1));
    expect(await store.get('k')).toBe('stored');
    expect(store.mode()).toBe('indexeddb');
  });

  it('falls back to memory when the reopened database fails too, telling listeners once', async () => {
    const name = freshName();
    const store = openKeyValueStore(name, flakyFactory(lostConnections[1][1], 2));
    const problems: StorageProblem[] = [];
    store.onProblem((problem) => problems.push(problem));

    await store.set('theme', 'night');
    await store.set('motion', 'reduce');
    await store.del('gone');

    expect(store.mode()).toBe('memory');
    expect(problems).toEqual(['unavailable']);
    expect(await store.get('theme')).toBe('night');
    expect(await store.entries()).toEqual([
      ['theme', 'night'],
      ['motion', 'reduce'],
    ]);
    expect(await onDisk(name, 'theme')).toBeUndefined();
    expect(problems).toEqual(['unavailable']);
  });

  it('after falling back, still answers with what it read from disk before', async () => {
    const name = freshName();
    const seed = openKeyValueStore(name);
    await seed.set('settings', { theme: 'night' });
    await seed.set('entry-1', 'breathing');
    await seed.set('entry-2', 'stretches');
    const { factory, lose } = losableFactory();
    const store = openKeyValueStore(name, factory);
    expect(await store.get('settings')).toEqual({ theme: 'night' });
    expect(await store.entries()).toHaveLength(3);

    lose();
    await store.set('entry-3', 'routine');

    expect(store.mode()).toBe('memory');
    expect(await store.get('settings')).toEqual({ theme: 'night' });
    expect(Object.fromEntries(await store.entries())).toEqual({
      settings: { theme: 'night' },
      'entry-1': 'breathing',
      'entry-2': 'stretches',
      'entry-3': 'routine',
    });
  });

  it('falls back to memory at once on an error that reopening cannot fix', async () => {
    const factory = flakyFactory(new DOMException('Broken.', 'UnknownError'), 1);
    const store = openKeyValueStore(freshName(), factory);
    await store.set('k', 1);
    expect(factory.opened).toBe(1);
    expect(store.mode()).toBe('memory');
    expect(await store.get('k')).toBe(1);
  });

  it('stops telling a listener that unsubscribed', async () => {
    const store = openKeyValueStore(freshName(), () => failingUseStore(new Error('x')));
    const listener = vi.fn();
    store.onProblem(listener)();
    await store.set('k', 1);
    expect(store.mode()).toBe('memory');
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('a full disk', () => {
  it('tells listeners "quota" and keeps the value in memory', async () => {
    const name = freshName();
    await openKeyValueStore(name).set('journal', 'old');
    const store = openKeyValueStore(name, fullDiskFactory);
    const problems: StorageProblem[] = [];
    store.onProblem((problem) => problems.push(problem));

    await store.set('journal', 'new');
    await store.set('extra', 1);

    expect(problems).toEqual(['quota', 'quota']);
    expect(store.mode()).toBe('indexeddb');
    expect(await onDisk(name, 'journal')).toBe('old');
    // This tab goes on seeing what the person did, though the disk has not got it.
    expect(await store.get('journal')).toBe('new');
    expect(await store.get('extra')).toBe(1);
    expect(Object.fromEntries(await store.entries())).toEqual({ journal: 'new', extra: 1 });
    expect(await store.keys()).toEqual(['extra', 'journal']);
    // An update builds on the value only this tab has, not on the older one on disk.
    await store.update<string>('journal', (old) => `${old}+1`);
    expect(await store.get('journal')).toBe('new+1');
  });

  it('also keeps a refused delete in memory', async () => {
    const name = freshName();
    await openKeyValueStore(name).set('slot', 'running');
    const store = openKeyValueStore(name, fullDiskFactory);
    await store.del('slot');
    expect(await store.get('slot')).toBeUndefined();
    expect(await store.entries()).toEqual([]);
    expect(await store.keys()).toEqual([]);
  });
});

describe('without IndexedDB', () => {
  it('works in memory from the start', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const factory = vi.fn(createStore);
    const store = openKeyValueStore(freshName(), factory);
    expect(store.mode()).toBe('memory');
    await store.set('k', 'v');
    expect(await store.get('k')).toBe('v');
    expect(await store.keys()).toEqual(['k']);
    expect(await store.update<number>('n', (old) => (old ?? 0) + 1)).toBe(1);
    expect(await store.get('n')).toBe(1);
    await store.clear();
    expect(await store.entries()).toEqual([]);
    expect(factory).not.toHaveBeenCalled();
  });
});
