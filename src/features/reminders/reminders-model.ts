import { computed, effect, signal, untracked } from '@preact/signals';
import { reminderBrowser, type ReminderBrowser } from '../../lib/reminders/browser-notifier';
import { oneAtATime } from '../../lib/reminders/one-at-a-time';
import {
  openReminderStore,
  type ReminderStore,
  type StoredReminder,
} from '../../lib/reminders/reminder-store';
import { navigate } from '../../lib/navigation';
import { currentLocale } from '../../lib/messages';
import { deviceTimeZone } from '../../lib/schedule/zoned-time';
import { systemClock, type Clock } from '../../lib/time/clock';
import type { SettingsAccess } from '../../lib/settings/settings-access';
import type { Schedule } from '../../lib/schedule/schedule';
import type { RemindersSettings } from './reminders-settings';
import { createCheck } from './reminder-check';
import { createWakeups } from './reminder-wakeups';
import { pushWanted } from '../../lib/push/push-wanted';
import type { PushFeature, setUpPush } from './push-setup';
import { createWorkerBridge } from './worker-bridge';
import type { NightLogged } from './logged-nights';

/** The settings reminders follow: when, and which reminders are on. */
export type RemindersPart = { schedule: Schedule; reminders: RemindersSettings };

/** What the reminders model needs from the world (tests pass fakes). */
export interface RemindersDeps {
  settings: SettingsAccess<RemindersPart>;
  store?: ReminderStore;
  clock?: Clock;
  /** A clock that never jumps (performance.now): told apart from the wall clock, a jump shows. */
  monotonic?: () => number;
  timeZone?: () => string;
  notifier?: ReminderBrowser;
  go?: (path: string) => void;
  /** Loads reminders through Lull's server (their own chunk); null for none (tests). */
  loadPush?: (() => Promise<typeof setUpPush>) | null;
  /** Whether push reminders are on, read without their code (lib/push/push-wanted.ts). */
  wantsPush?: () => Promise<boolean>;
  /** Whether a night is in the diary, so the wake reminder skips a night already filled in. */
  nightLogged?: NightLogged;
}

/**
 * Reminders while Lull is open or in a background tab. The next reminder is worked out from the
 * schedule and the clock on start, when the page shows or hides, when the settings change, when
 * the clock jumps and when a timer is due. What fired is kept in the reminder store, which
 * decides between tabs: a reminder is shown once, by whoever marks it first. This composes the
 * parts (planning, delivery, wake-ups, the worker bridge) and owns the two signals they share,
 * the banner and the permission; each part keeps the rest of what it knows in its closure.
 */
export function createRemindersModel({
  settings,
  store = openReminderStore(),
  clock = systemClock,
  monotonic = () => performance.now(),
  timeZone = deviceTimeZone,
  notifier = reminderBrowser(),
  go = navigate,
  loadPush = () => import('./push-setup').then((module) => module.setUpPush),
  wantsPush = pushWanted,
  nightLogged = () => Promise.resolve(false),
}: RemindersDeps) {
  const banner = signal<StoredReminder | null>(null);
  const permission = signal(notifier.permission());
  const choice = computed(() => settings.settings.value.reminders);
  // A string, so the effect below runs only when what reminders depend on really changed. The
  // language is part of it: the plan kept for the worker is planned again in the new words.
  const planKey = computed(() =>
    JSON.stringify([choice.value, settings.settings.value.schedule, currentLocale()]),
  );
  let stopAll: (() => void) | null = null;
  let pushZone = timeZone();

  // Every trigger (timer, safety check, page shown, settings, permission, snooze) goes through
  // this: a check never runs alongside another, and one asked for meanwhile runs once after it.
  const started = () => stopAll !== null;
  const check = oneAtATime(() => {
    // A trip to another zone (seen by any check, such as the slow safety one) moves the
    // server's plan too.
    if (timeZone() !== pushZone) {
      pushZone = timeZone();
      pushSync()?.changed();
    }
    return runCheck();
  }, started);
  const wakeups = createWakeups(clock, monotonic, timeZone, banner, check);
  const bridge = createWorkerBridge(store, notifier, clock, go, banner, check);
  const runCheck = createCheck(
    settings.settings,
    store,
    notifier,
    clock,
    permission,
    banner,
    wakeups,
    bridge,
    nightLogged,
  );

  const push = signal<PushFeature | null>(null);
  const pushSync = () => push.peek()?.sync;
  // Loaded once, when reminders start; where it cannot load (offline, not cached) there is
  // simply no push: the calendar stays the reminder when Lull is closed.
  const pushLoaded = async () => {
    if (push.peek() || !loadPush) return;
    const setUp = await loadPush().catch(() => null);
    if (!setUp || push.peek()) return;
    push.value = setUp({
      permission: () => permission.peek(),
      request: async () => (permission.value = await notifier.request()),
      current: () => ({ ...settings.settings.peek(), timeZone: timeZone() }),
    });
  };

  const openPush = () => pushLoaded().then(() => pushSync()?.sync());

  const stop = () => {
    stopAll?.();
    stopAll = null;
  };

  return {
    /** The reminder the in-app banner shows, while the page was on screen at its time. */
    banner,
    permission,
    /** What this browser can do (detected once: features do not come and go). */
    support: notifier.support(),
    choice,
    /** Reminders through Lull's server, once their code has loaded. */
    push,
    /** Loads reminders through Lull's server and asks it how things stand (their section opened). */
    openPush,
    /** Starts reminding; returns the way to stop. Calling it again changes nothing. */
    start(): () => void {
      if (stopAll) return stop;
      const stops: (() => void)[] = [];
      const stopThese = () => stops.forEach((item) => item());
      stopAll = stopThese;
      void settings.ready.then(() => {
        if (stopAll !== stopThese) return;
        let first = true;
        stops.push(
          effect(() => {
            void planKey.value;
            untracked(() => void check());
            // The first run is the start: where push reminders are on, their code loads and the
            // server is brought up to date at once; otherwise it waits for their section.
            if (first)
              void wantsPush().then(
                (on) => (on ? openPush() : undefined),
                () => undefined,
              );
            else pushSync()?.changed();
            first = false;
          }),
        );
      });
      stops.push(
        notifier.onVisibilityChange(() => {
          void check();
          // Shown again: a change that could not be sent, or a new time zone, goes now.
          if (notifier.visible()) void pushSync()?.sync();
        }),
        bridge.listen(),
        notifier.watchPermission(() => {
          permission.value = notifier.permission();
          void check();
        }),
        wakeups.start(),
        () => pushSync()?.dispose(),
      );
      return stop;
    },
    /** Runs a check now (tests; a changed permission). */
    check,
    /** Turns one reminder on or off. */
    setReminder(which: 'windDown' | 'bedtime' | 'wake', on: boolean) {
      settings.update(`reminders.${which}`, on);
    },
    /** Asks for the notification permission: call straight from the person's tap. */
    async allowNotifications() {
      permission.value = await notifier.request();
      if (started()) await check();
    },
    /** Hides the banner (its buttons). */
    dismissBanner() {
      banner.value = null;
    },
    dispose: stop,
  };
}

/** The reminders model's interface. */
export type RemindersModel = ReturnType<typeof createRemindersModel>;
