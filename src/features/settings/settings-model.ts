import { batch, computed, signal } from '@preact/signals';
import { openDocument, type DocumentOptions } from '../../lib/storage/document';
import type { Journal } from '../../lib/storage/journal';
import { openKeyValueStore, type KeyValueStore, type StorageMode } from '../../lib/storage/kv';
import { requestPersistence } from '../../lib/storage/persist';
import { isInstalled } from '../../lib/install-capture';
import { leafPaths } from '../../lib/storage/schema';
import { settingsShape, settingsSpec, type Settings } from './settings-schema';

/** A quiet message about storage for the person: shown once, then dismissed. */
export type StorageNotice = 'reset-fields' | 'quota';

/** Stores the settings model works with (tests pass fakes). */
export interface SettingsStores {
  settings: KeyValueStore;
  journal: KeyValueStore;
}

/**
 * The settings model: every feature reads its settings here and changes them through `update`.
 * Loading finishes before any screen that needs settings renders (`ready`).
 */
export function createSettingsModel(
  stores: SettingsStores = {
    settings: openKeyValueStore('lull-settings'),
    journal: openKeyValueStore('lull-journal'),
  },
  options: DocumentOptions = {},
) {
  const document = openDocument(settingsSpec, stores.settings, options);
  // The journal's code loads on first use, not with the first screen: Tonight asks for its
  // "nights in a row" just after it has painted.
  let opening: Promise<Journal> | undefined;
  const open = () =>
    (opening ??= import('../../lib/storage/journal').then((module) =>
      module.openJournal(stores.journal),
    ));
  const journal: Journal = {
    add: (entry) => open().then((opened) => opened.add(entry)),
    list: () => open().then((opened) => opened.list()),
    replaceAll: (entries) => open().then((opened) => opened.replaceAll(entries)),
  };
  const settings = signal<Settings>(document.value());
  const storageMode = signal<StorageMode>('indexeddb');
  const notices = signal<StorageNotice[]>([]);
  const resetFields = signal<string[]>([]);
  const loaded = signal(false);

  const tell = (notice: StorageNotice) => {
    if (!notices.value.includes(notice)) notices.value = [...notices.value, notice];
  };
  // Memory as soon as either store is: what is not saved must be said, whichever it is.
  const currentMode = (): StorageMode =>
    stores.settings.mode() === 'memory' || stores.journal.mode() === 'memory'
      ? 'memory'
      : 'indexeddb';
  const unsubscribe = document.subscribe((value) => (settings.value = value));
  const stopWatching = [stores.settings, stores.journal].map((store) =>
    store.onProblem((problem) => {
      if (problem === 'quota') tell('quota');
      storageMode.value = currentMode();
    }),
  );
  storageMode.value = currentMode();

  const ready = document.load().then(({ invalid }) => {
    batch(() => {
      loaded.value = true;
      storageMode.value = currentMode();
      if (invalid.length > 0) {
        resetFields.value = invalid;
        tell('reset-fields');
      }
    });
    if (isInstalled()) void requestPersistence();
  });

  let savedOnce = false;

  return {
    settings,
    storageMode,
    notices,
    resetFields,
    loaded,
    ready,
    journal,
    theme: computed(() => settings.value.appearance.theme),
    /** Changes one setting, by its dotted path ("appearance.theme"); saved shortly after. */
    update<P extends SettingPath>(path: P, value: PathValue<Settings, P>) {
      document.set(path, value);
      if (!savedOnce) {
        savedOnce = true;
        void requestPersistence();
      }
    },
    /** Replaces every setting (a restored backup) and saves at once. */
    replaceAll: (data: Record<string, unknown>) => document.replace(data),
    flush: () => document.flush(),
    dismissNotice(notice: StorageNotice) {
      notices.value = notices.value.filter((item) => item !== notice);
    },
    dispose() {
      unsubscribe();
      stopWatching.forEach((stop) => stop());
      document.dispose();
    },
  };
}

/** The settings model's interface. */
export type SettingsModel = ReturnType<typeof createSettingsModel>;

/** Every dotted path a setting (or a whole section) can be changed by: "appearance.theme". */
export type SettingPath = Paths<Settings>;

type Paths<T> = {
  [K in keyof T & string]: T[K] extends unknown[]
    ? K
    : T[K] extends object
      ? K | `${K}.${Paths<T[K]>}`
      : K;
}[keyof T & string];

/** The type of the value at a dotted path. */
export type PathValue<T, P extends string> = P extends `${infer Head}.${infer Tail}`
  ? Head extends keyof T
    ? PathValue<T[Head], Tail>
    : never
  : P extends keyof T
    ? T[P]
    : never;

/** All leaf paths, for tests; pure, so builds that never read it do not compute it at start. */
export const settingPaths = /* @__PURE__ */ leafPaths(settingsShape);
