import { settingsShape, settingsSpec, type Settings } from '../../src/app/settings-schema';
import { defaults } from '../../src/lib/storage/schema';
import { createRoutineGuides } from '../../src/app/parts/routine-guides';
// Helpers for storage tests: fresh database names, stores that fail on purpose, and a pair of
// channels standing in for BroadcastChannel between two tabs.
import { createStore, type UseStore } from 'idb-keyval';
import type { SyncChannel } from '../../src/lib/storage/tab-sync';
import { openKeyValueStore, type KeyValueStore, type StoreFactory } from '../../src/lib/storage/kv';

let counter = 0;

/** A database name no other test uses, so tests never see each other's data. */
export function freshName(prefix = 'test'): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A key-value store over fake-indexeddb in its own fresh database. */
export function freshStore(prefix?: string): KeyValueStore {
  return openKeyValueStore(freshName(prefix));
}

/** A store function that rejects every operation with `error`, as a broken connection does. */
export function failingUseStore(error: unknown): UseStore {
  return () => Promise.reject(error);
}

/**
 * A factory whose first `failures` stores reject with `error`; later ones are real idb-keyval
 * stores. `opened` counts the stores made, i.e. how often the database was (re)opened.
 */
export function flakyFactory(error: unknown, failures: number) {
  const factory = Object.assign(
    (dbName: string, storeName: string): UseStore => {
      factory.opened += 1;
      return factory.opened <= failures ? failingUseStore(error) : createStore(dbName, storeName);
    },
    { opened: 0 },
  );
  return factory satisfies StoreFactory;
}

/** A factory whose stores refuse every write with QuotaExceededError but read normally. */
export const fullDiskFactory: StoreFactory = (dbName, storeName) => {
  const real = createStore(dbName, storeName);
  return (mode, callback) =>
    mode === 'readwrite'
      ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
      : real(mode, callback);
};

type Listener = Parameters<SyncChannel['addEventListener']>[1];

/** One end of a fake channel: messages wait in `inbox` until `deliver()` hands them over. */
export interface FakeChannel extends SyncChannel {
  deliver(): void;
  readonly closed: boolean;
}

/** Two connected channel ends, like two tabs' BroadcastChannels of the same name. */
export function channelPair(): [FakeChannel, FakeChannel] {
  const make = () => {
    const listeners: Listener[] = [];
    const inbox: unknown[] = [];
    const end = {
      peer: undefined as unknown as { inbox: unknown[] },
      inbox,
      closed: false,
      postMessage(message: unknown) {
        // Structured clone, as the real channel does: the receiver never shares objects.
        if (!end.closed) end.peer.inbox.push(structuredClone(message));
      },
      addEventListener: (_type: 'message', listener: Listener) => void listeners.push(listener),
      close() {
        end.closed = true;
      },
      deliver() {
        for (const data of inbox.splice(0))
          listeners.forEach((listener) => listener(new MessageEvent('message', { data }) as never));
      },
    };
    return end;
  };
  const a = make();
  const b = make();
  a.peer = b;
  b.peer = a;
  return [a as unknown as FakeChannel, b as unknown as FakeChannel];
}

/** A factory whose database works until `lose()`; from then on every connection fails. */
export function losableFactory() {
  let lost = false;
  const error = new Error('Connection to Indexed Database server lost. Refresh the page.');
  const factory: StoreFactory = (dbName, storeName) => {
    const real = createStore(dbName, storeName);
    return (mode, callback) => (lost ? Promise.reject(error) : real(mode, callback));
  };
  return { factory, lose: () => void (lost = true) };
}

/** Lets IndexedDB work already started finish (fake-indexeddb runs on setImmediate). */
export async function settle(rounds = 20): Promise<void> {
  for (let round = 0; round < rounds; round += 1)
    await new Promise((resolve) => setImmediate(resolve));
}

/** The settings document's spec reduced to its first section: the document engine's tests
 * stay about the engine, whatever sections features add to the app's settings. */
export const appearanceOnlySpec = {
  ...settingsSpec,
  shape: { appearance: settingsShape.appearance },
};

/** The app's default settings with some sections replaced (tests of the whole settings). */
export function settingsWith(sections: Partial<Settings>): Settings {
  return { ...defaults(settingsShape), ...sections };
}

/** The routine's guides as the app makes them, over fixed settings values. */
export function guidesOf(values: Settings) {
  return createRoutineGuides({ settings: { value: values } });
}
