import { settingsPart } from '../../../src/lib/settings/settings-access';
import { settingsSpec } from '../../../src/app/settings-schema';
// The reminders model over fake timers, stores and a fake browser, shared by its tests.
import { afterEach, vi } from 'vitest';
import {
  createRemindersModel,
  type RemindersDeps,
} from '../../../src/features/reminders/reminders-model';
import { createSettingsModel } from '../../../src/lib/settings/settings-model';
import type { ReminderBrowser } from '../../../src/lib/reminders/browser-notifier';
import type { PermissionState } from '../../../src/lib/reminders/notifier';
import {
  openReminderStore,
  type ReminderStore,
  type StoredReminder,
} from '../../../src/lib/reminders/reminder-store';
import { freshStore, settle } from '../../support/stores';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const BERLIN = 'Europe/Berlin';
// Monday 23 November 2026; the default schedule is 23:00 every night with a 45-minute lead,
// so the wind-down starts at 22:15.
export const windDownAt = Date.parse('2026-11-23T22:15+01:00');
export const windDownId = 'wind-down@2026-11-23T21:15:00.000Z';

/** A browser that records what it was asked to show, with page events the test fires. */
export function fakeBrowser(initial: PermissionState = 'granted') {
  let permission = initial;
  let visible = true;
  let answer: PermissionState = 'granted';
  const shown: StoredReminder[] = [];
  const listeners = {
    visibility: new Set<() => void>(),
    message: new Set<(data: unknown) => void>(),
    permission: new Set<() => void>(),
  };
  const on =
    <L>(set: Set<L>) =>
    (listener: L) => {
      set.add(listener);
      return () => void set.delete(listener);
    };
  const notifier: ReminderBrowser = {
    support: () => ({
      notifications: true,
      actions: true,
      periodicSync: false,
      installed: false,
      family: 'chromium',
    }),
    permission: () => permission,
    request: async () => (permission = answer),
    watchPermission: on(listeners.permission),
    show: async (reminder) => {
      if (permission !== 'granted') throw new Error('shown without permission');
      shown.push(reminder);
      return true;
    },
    keepRefresh: vi.fn(async () => undefined),
    visible: () => visible,
    onVisibilityChange: on(listeners.visibility),
    onWorkerMessage: on(listeners.message),
  };
  return {
    notifier,
    shown,
    setVisible(next: boolean) {
      visible = next;
      listeners.visibility.forEach((listener) => listener());
    },
    post: (data: unknown) => listeners.message.forEach((listener) => listener(data)),
    answerWith: (next: PermissionState) => void (answer = next),
    changePermission(next: PermissionState) {
      permission = next;
      listeners.permission.forEach((listener) => listener());
    },
  };
}

/** Lets timers up to `ms` from now run, with the IndexedDB work each one starts. */
export async function advance(ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    await vi.advanceTimersByTimeAsync(Math.min(MINUTE, end - Date.now()));
    await settle(30);
  }
  await settle(30);
}

export const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((cleanup) => cleanup());
  vi.useRealTimers();
});

interface SetupOptions {
  start?: string;
  permission?: PermissionState;
  store?: ReminderStore;
  reminders?: { windDown?: boolean; bedtime?: boolean; wake?: boolean };
  loadPush?: RemindersDeps['loadPush'];
  nightLogged?: RemindersDeps['nightLogged'];
  wantsPush?: RemindersDeps['wantsPush'];
}

export async function setup({
  start = '2026-11-23T22:00+01:00',
  permission = 'granted',
  store = openReminderStore(freshStore('reminders')),
  reminders = { windDown: true },
  loadPush = null,
  wantsPush = async () => false,
  nightLogged,
}: SetupOptions = {}) {
  // Only the timers the model uses are faked: fake-indexeddb runs on the real setImmediate.
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    now: Date.parse(start),
  });
  const settings = createSettingsModel(
    settingsSpec,
    { settings: freshStore('settings'), journal: freshStore('journal') },
    { channel: null, debounceMs: 0 },
  );
  await settle();
  await settings.ready;
  if (reminders.windDown) settings.update('reminders.windDown', true);
  if (reminders.bedtime) settings.update('reminders.bedtime', true);
  if (reminders.wake) settings.update('reminders.wake', true);
  const browser = fakeBrowser(permission);
  // The clock can jump apart from the monotonic one, as a device's clock can.
  let jumped = 0;
  let zone = BERLIN;
  const go = vi.fn();
  const model = createRemindersModel({
    settings: settingsPart(settings),
    store,
    clock: { now: () => Date.now() + jumped },
    monotonic: () => Date.now(),
    timeZone: () => zone,
    notifier: browser.notifier,
    go,
    loadPush,
    wantsPush,
    nightLogged,
  });
  cleanups.push(model.start(), () => settings.dispose());
  await advance(0);
  return {
    settings,
    model,
    store,
    browser,
    go,
    jumpClock: (ms: number) => void (jumped += ms),
    travelTo: (next: string) => void (zone = next),
  };
}
