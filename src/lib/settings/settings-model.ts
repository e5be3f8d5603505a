import { batch, signal } from '@preact/signals';
import { openDocument, type DocumentOptions, type DocumentSpec } from '../storage/document';
import type { Journal } from '../storage/journal';
import { openKeyValueStore, type KeyValueStore, type StorageMode } from '../storage/kv';
import { requestPersistence } from '../storage/persist';
import { SETTINGS_DB } from './painted-theme';
import { isInstalled } from '../install-capture';
import type { Infer, Shape } from '../storage/schema';
import type { PathValue, SettingPath } from './settings-access';

/** A quiet message about storage for the person: shown once, then dismissed. */
export type StorageNotice = 'reset-fields' | 'quota';

/** Stores the settings model works with (tests pass fakes). */
export interface SettingsStores {
  settings: KeyValueStore;
  journal: KeyValueStore;
}

/**
 * The settings model: one versioned document of every setting, and the journal of sessions
 * done. The composition root makes it once, from the app's spec, and hands each feature its
 * part (`settingsPart`).
 * Loading finishes before any screen that needs settings renders (`ready`).
 */
export function createSettingsModel<S extends Shape>(
  spec: DocumentSpec<S>,
  stores: SettingsStores = {
    settings: openKeyValueStore(SETTINGS_DB),
    journal: openKeyValueStore('lull-journal'),
  },
  options: DocumentOptions = {},
) {
  const document = openDocument(spec, stores.settings, options);
  // The journal's code loads on first use, not with the first screen: Tonight asks for its
  // "nights in a row" just after it has painted.
  let opening: Promise<Journal> | undefined;
  const open = () =>
    (opening ??= import('../storage/journal').then((module) => module.openJournal(stores.journal)));
  const journal: Journal = {
    add: (entry) => open().then((opened) => opened.add(entry)),
    list: () => open().then((opened) => opened.list()),
    replaceAll: (entries) => open().then((opened) => opened.replaceAll(entries)),
  };
  const settings = signal<Infer<S>>(document.value());
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
    /** Changes one setting, by its dotted path ("appearance.theme"); saved shortly after. */
    update<P extends SettingPath<Infer<S>>>(path: P, value: PathValue<Infer<S>, P>) {
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

/** The settings model's interface, for a document of shape `S`. */
export type SettingsModel<S extends Shape> = ReturnType<typeof createSettingsModel<S>>;
