import { afterEach, describe, it, expect, vi } from 'vitest';
import { createRemindersModel } from '../../../src/features/reminders/reminders-model';
import { createSettingsModel } from '../../../src/features/settings/settings-model';
import type { Notifier } from '../../../src/lib/reminders/browser-notifier';
import type { PermissionState } from '../../../src/lib/reminders/notify';
import {
  openReminderStore,
  type ReminderStore,
  type StoredReminder,
} from '../../../src/lib/reminders/reminder-store';
import { openKeyValueStore } from '../../../src/lib/storage/kv';
import { freshName, freshStore, settle } from '../../support/stores';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const BERLIN = 'Europe/Berlin';
// Monday 23 November 2026; the default schedule is 23:00 every night with a 45-minute lead,
// so the wind-down starts at 22:15.
const windDownAt = Date.parse('2026-11-23T22:15+01:00');
const windDownId = 'wind-down@2026-11-23T21:15:00.000Z';

/** A browser that records what it was asked to show, with page events the test fires. */
function fakeBrowser(initial: PermissionState = 'granted') {
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
  const notifier: Notifier = {
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
async function advance(ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    await vi.advanceTimersByTimeAsync(Math.min(MINUTE, end - Date.now()));
    await settle(30);
  }
  await settle(30);
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((cleanup) => cleanup());
  vi.useRealTimers();
});

interface SetupOptions {
  start?: string;
  permission?: PermissionState;
  store?: ReminderStore;
  reminders?: { windDown?: boolean; bedtime?: boolean };
}

async function setup({
  start = '2026-11-23T22:00+01:00',
  permission = 'granted',
  store = openReminderStore(freshStore('reminders')),
  reminders = { windDown: true },
}: SetupOptions = {}) {
  // Only the timers the model uses are faked: fake-indexeddb runs on the real setImmediate.
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    now: Date.parse(start),
  });
  const settings = createSettingsModel(
    { settings: freshStore('settings'), journal: freshStore('journal') },
    { channel: null, debounceMs: 0 },
  );
  await settle();
  await settings.ready;
  if (reminders.windDown) settings.update('reminders.windDown', true);
  if (reminders.bedtime) settings.update('reminders.bedtime', true);
  const browser = fakeBrowser(permission);
  // The clock can jump apart from the monotonic one, as a device's clock can.
  let jumped = 0;
  let zone = BERLIN;
  const go = vi.fn();
  const model = createRemindersModel({
    settings,
    store,
    clock: { now: () => Date.now() + jumped },
    monotonic: () => Date.now(),
    timeZone: () => zone,
    notifier: browser.notifier,
    go,
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

describe('reminders while Lull is open', () => {
  it('at 22:15: exactly one notification and the banner; an hour on, no second one', async () => {
    const { model, browser } = await setup();
    expect(browser.shown).toEqual([]);
    await advance(15 * MINUTE - 1000);
    expect(browser.shown).toEqual([]);
    await advance(1000);
    expect(browser.shown.map((reminder) => reminder.id)).toEqual([windDownId]);
    expect(browser.shown[0]).toMatchObject({
      kind: 'wind-down',
      at: windDownAt,
      title: 'Time to wind down',
      url: '/routine',
      actions: [
        { action: 'start', title: 'Start wind-down' },
        { action: 'snooze', title: 'Snooze 10 min' },
      ],
    });
    expect(browser.shown[0].body).toMatch(/^Bedtime is at (23:00|11:00\sPM)\./);
    expect(model.banner.value?.id).toBe(windDownId);
    await advance(HOUR);
    expect(browser.shown).toHaveLength(1);
  });

  it('at bedtime too when asked, and each night after', async () => {
    const { browser } = await setup({ reminders: { windDown: true, bedtime: true } });
    await advance(HOUR);
    expect(browser.shown.map((reminder) => reminder.kind)).toEqual(['wind-down', 'bedtime']);
    expect(browser.shown[1].title).toBe('Time for bed');
    await advance(24 * HOUR);
    expect(browser.shown.map((reminder) => reminder.id)).toEqual([
      windDownId,
      'bedtime@2026-11-23T22:00:00.000Z',
      'wind-down@2026-11-24T21:15:00.000Z',
      'bedtime@2026-11-24T22:00:00.000Z',
    ]);
  });

  it('never shows a reminder twice: not after a reload, not from a second tab', async () => {
    const name = freshName('reminders');
    const first = await setup({ store: openReminderStore(openKeyValueStore(name)) });
    await advance(15 * MINUTE);
    expect(first.browser.shown).toHaveLength(1);
    cleanups.splice(0).forEach((cleanup) => cleanup());
    // The page reloads within the grace: the same reminder is due, but it fired.
    const second = await setup({
      start: '2026-11-23T22:17+01:00',
      store: openReminderStore(openKeyValueStore(name)),
    });
    await advance(5 * MINUTE);
    expect(second.browser.shown).toEqual([]);
    expect(second.model.banner.value).toBeNull();
  });

  it('two tabs open at the time: one notification between them', async () => {
    const name = freshName('reminders');
    const tabA = await setup({ store: openReminderStore(openKeyValueStore(name)) });
    const other = fakeBrowser('granted');
    const tabB = createRemindersModel({
      settings: tabA.settings,
      store: openReminderStore(openKeyValueStore(name)),
      clock: { now: () => Date.now() },
      monotonic: () => Date.now(),
      timeZone: () => BERLIN,
      notifier: other.notifier,
    });
    cleanups.push(tabB.start());
    await advance(20 * MINUTE);
    expect(tabA.browser.shown.length + other.shown.length).toBe(1);
  });

  it('in a hidden tab: the notification, and no banner waiting behind it', async () => {
    const { model, browser } = await setup();
    browser.setVisible(false);
    await advance(15 * MINUTE);
    expect(browser.shown).toHaveLength(1);
    expect(model.banner.value).toBeNull();
  });

  it('without permission: the banner when Lull is in front, and nothing shown behind it', async () => {
    const { model, browser } = await setup({ permission: 'denied' });
    await advance(15 * MINUTE);
    expect(browser.shown).toEqual([]);
    expect(model.banner.value?.title).toBe('Time to wind down');
  });

  it('without permission in a hidden tab: the banner waits for the page to show, within the grace', async () => {
    const late = await setup({ permission: 'default' });
    late.browser.setVisible(false);
    await advance(15 * MINUTE);
    expect(late.model.banner.value).toBeNull();
    await advance(5 * MINUTE);
    late.browser.setVisible(true);
    await advance(0);
    expect(late.model.banner.value?.id).toBe(windDownId);
  });

  it('a page shown again after the grace gets nothing stale', async () => {
    const { model, browser } = await setup({ permission: 'default' });
    browser.setVisible(false);
    await advance(30 * MINUTE);
    browser.setVisible(true);
    await advance(0);
    expect(model.banner.value).toBeNull();
  });

  it('the banner goes when dismissed, and by itself once the evening is over', async () => {
    const { model } = await setup();
    await advance(15 * MINUTE);
    model.dismissBanner();
    expect(model.banner.value).toBeNull();
    await advance(24 * HOUR);
    expect(model.banner.value?.id).toBe('wind-down@2026-11-24T21:15:00.000Z');
    await advance(5 * HOUR);
    expect(model.banner.value).toBeNull();
  });
});

describe('recomputing the next reminder', () => {
  it('after the clock jumps: within the safety check, from the new time', async () => {
    const { browser, jumpClock } = await setup({ start: '2026-11-23T20:00+01:00' });
    // The device clock is set forward to 22:16: no timer is due yet by monotonic time.
    jumpClock(2 * HOUR + 16 * MINUTE);
    await advance(MINUTE);
    expect(browser.shown.map((reminder) => reminder.id)).toEqual([windDownId]);
  });

  it('a phone asleep for hours (the clock jumps past the grace): nothing stale', async () => {
    const { browser, jumpClock } = await setup({
      start: '2026-11-23T20:00+01:00',
      reminders: { windDown: true, bedtime: true },
    });
    jumpClock(4 * HOUR);
    await advance(2 * MINUTE);
    expect(browser.shown).toEqual([]);
    // The next night still comes (it is now 00:02 on Tuesday).
    await advance(22 * HOUR + 20 * MINUTE);
    expect(browser.shown.map((reminder) => reminder.id)).toEqual([
      'wind-down@2026-11-24T21:15:00.000Z',
    ]);
  });

  it('when the schedule changes', async () => {
    const { settings, browser } = await setup({ start: '2026-11-23T21:00+01:00' });
    settings.update('schedule.everyNight', { bedtime: '22:00', wake: '06:00' });
    await advance(15 * MINUTE);
    expect(browser.shown.map((reminder) => reminder.id)).toEqual([
      'wind-down@2026-11-23T20:15:00.000Z',
    ]);
  });

  it('when reminders are turned off: none, and no plan left for the worker', async () => {
    const { settings, browser, store } = await setup();
    expect(await store.planned()).toHaveLength(4);
    settings.update('reminders.windDown', false);
    await advance(HOUR);
    expect(browser.shown).toEqual([]);
    expect(await store.planned()).toEqual([]);
  });

  it('after a trip: the schedule in the new local time', async () => {
    const { browser, travelTo } = await setup({ start: '2026-11-23T22:00+01:00' });
    // In New York it is 16:00; the wind-down there is at 22:15 New York time.
    travelTo('America/New_York');
    await advance(HOUR);
    expect(browser.shown).toEqual([]);
    await advance(5 * HOUR + 15 * MINUTE);
    expect(browser.shown.map((reminder) => reminder.id)).toEqual([
      'wind-down@2026-11-24T03:15:00.000Z',
    ]);
  });

  it('a trip while Lull is open: within a minute, the kept plan and its words are local', async () => {
    const { store, travelTo } = await setup({ start: '2026-11-23T21:00+01:00' });
    expect((await store.planned())[0]).toMatchObject({ id: windDownId });
    // 15:00 in New York: the wind-down there is at 22:15, bedtime at 23:00 on its clock.
    travelTo('America/New_York');
    await advance(MINUTE);
    const [next] = await store.planned();
    expect(next.id).toBe('wind-down@2026-11-24T03:15:00.000Z');
    expect(next.body).toMatch(/^Bedtime is at (23:00|11:00\sPM)\./);
  });

  it('keeps the next reminders, with their words, for the service worker', async () => {
    const { store } = await setup({ reminders: { windDown: true, bedtime: true } });
    const planned = await store.planned();
    expect(planned.map((reminder) => reminder.id)).toEqual([
      windDownId,
      'bedtime@2026-11-23T22:00:00.000Z',
      'wind-down@2026-11-24T21:15:00.000Z',
      'bedtime@2026-11-24T22:00:00.000Z',
    ]);
    expect(planned[1]).toMatchObject({ title: 'Time for bed', url: '/routine' });
  });
});

describe('the service worker and the permission', () => {
  it('snooze: the same reminder again ten minutes after the tap, once', async () => {
    const { model, browser } = await setup();
    await advance(15 * MINUTE);
    const [first] = browser.shown;
    await advance(2 * MINUTE);
    const snooze = {
      type: 'snooze',
      id: first.id,
      kind: first.kind,
      title: first.title,
      body: first.body,
    };
    browser.post(snooze);
    browser.post(snooze);
    await advance(0);
    expect(model.banner.value).toBeNull();
    await advance(10 * MINUTE - 1000);
    expect(browser.shown).toHaveLength(1);
    await advance(1000);
    expect(browser.shown.map((reminder) => reminder.id)).toEqual([
      windDownId,
      `${windDownId}+snooze`,
    ]);
    expect(browser.shown[1]).toMatchObject({ title: first.title, body: first.body });
    await advance(HOUR);
    expect(browser.shown).toHaveLength(2);
  });

  it('a tapped notification moves Lull to its path, in-app', async () => {
    const { model, browser, go } = await setup();
    await advance(15 * MINUTE);
    browser.post({ type: 'open', path: '/routine' });
    expect(go).toHaveBeenCalledWith('/routine');
    expect(model.banner.value).toBeNull();
    browser.post({ type: 'open', path: 'https://elsewhere.example/' });
    expect(go).toHaveBeenCalledTimes(1);
  });

  it('asks for the permission only when told to, and reminds once it is given', async () => {
    const { model, browser } = await setup({
      permission: 'default',
      start: '2026-11-23T22:14+01:00',
    });
    expect(model.permission.value).toBe('default');
    browser.setVisible(false);
    await advance(MINUTE);
    expect(browser.shown).toEqual([]);
    await model.allowNotifications();
    await advance(0);
    expect(model.permission.value).toBe('granted');
    expect(browser.shown.map((reminder) => reminder.id)).toEqual([windDownId]);
  });

  it('follows a permission changed in the browser settings', async () => {
    const { model, browser } = await setup({ permission: 'denied' });
    browser.changePermission('granted');
    expect(model.permission.value).toBe('granted');
  });

  it('keeps the periodic refresh while a reminder is on, and drops it when none is', async () => {
    const { settings, browser } = await setup();
    expect(browser.notifier.keepRefresh).toHaveBeenLastCalledWith(true);
    settings.update('reminders.windDown', false);
    await advance(0);
    expect(browser.notifier.keepRefresh).toHaveBeenLastCalledWith(false);
    expect(browser.notifier.keepRefresh).toHaveBeenCalledTimes(2);
  });

  it('stops: no reminder after stop', async () => {
    const { browser } = await setup();
    cleanups.splice(0).forEach((cleanup) => cleanup());
    await advance(HOUR);
    expect(browser.shown).toEqual([]);
  });
});
