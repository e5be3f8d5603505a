import { computed, effect, signal, untracked } from '@preact/signals';
import { browserNotifier, type Notifier } from '../../lib/reminders/browser-notifier';
import { nextReminder, REMINDER_GRACE_MS, snoozeOf } from '../../lib/reminders/due';
import { planReminders, type PlannedReminder } from '../../lib/reminders/plan';
import {
  openReminderStore,
  type ReminderStore,
  type StoredReminder,
} from '../../lib/reminders/reminder-store';
import { REMINDER_PATH } from '../../lib/reminders/show-reminder';
import { readReminderMessage, type ReminderMessage } from '../../lib/reminders/worker-messages';
import { navigate } from '../../lib/navigation';
import { deviceTimeZone } from '../../lib/schedule/zoned-time';
import { systemClock, type Clock } from '../../lib/time/clock';
import { appSettings } from '../settings/app-settings';
import type { SettingsModel } from '../../lib/settings/settings-model';
import { formatClock, t } from './messages';

/** The slow safety check: catches a clock that jumped, a trip to another zone, a late timer. */
const SAFETY_CHECK_MS = 60_000;
/** Wall clock and monotonic clock apart by more than this between checks: the clock jumped. */
const CLOCK_JUMP_MS = 5_000;
/** A banner from a reminder this old is from an evening that is over: it goes. */
const BANNER_LIFETIME_MS = 4 * 60 * 60 * 1000;
/** How many reminders ahead are kept for the service worker. */
const PLAN_AHEAD = 4;
/** setTimeout's longest delay (about 24.8 days); longer ones fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** What the reminders model needs from the world (tests pass fakes). */
export interface RemindersDeps {
  settings?: SettingsModel;
  store?: ReminderStore;
  clock?: Clock;
  /** A clock that never jumps (performance.now): told apart from the wall clock, a jump shows. */
  monotonic?: () => number;
  timeZone?: () => string;
  notifier?: Notifier;
  go?: (path: string) => void;
}

/**
 * Reminders while Lull is open or in a background tab. The next reminder is worked out from the
 * schedule and the clock on start, when the page shows or hides, when the settings change, when
 * the clock jumps and when a timer is due; a timer waits for it, and a slow safety check
 * computes from the clock again (no counted ticks). What fired is kept in the reminder store,
 * which decides between tabs: a reminder is shown once, by whoever marks it first.
 */
export function createRemindersModel({
  settings = appSettings,
  store = openReminderStore(),
  clock = systemClock,
  monotonic = () => performance.now(),
  timeZone = deviceTimeZone,
  notifier = browserNotifier(),
  go = navigate,
}: RemindersDeps = {}) {
  const banner = signal<StoredReminder | null>(null);
  const permission = signal(notifier.permission());
  const choice = computed(() => settings.settings.value.reminders);
  // A string, so the effect below runs only when what reminders depend on really changed.
  const planKey = computed(() =>
    JSON.stringify([settings.settings.value.reminders, settings.settings.value.schedule]),
  );

  let timer: ReturnType<typeof setTimeout> | undefined;
  let nextAt = Infinity;
  let mark = { wall: clock.now(), mono: monotonic() };
  let zone = timeZone();
  let savedPlan = '';
  let refreshWanted: boolean | undefined;
  let checking: Promise<void> | null = null;
  let again = false;
  let stopAll: (() => void) | null = null;

  const actions = () => [
    { action: 'start' as const, title: t('action.start') },
    { action: 'snooze' as const, title: t('action.snooze') },
  ];
  const toStored = ({ id, kind, at, bedtimeAt }: PlannedReminder): StoredReminder => ({
    id,
    kind,
    at,
    title: kind === 'wind-down' ? t('windDown.title') : t('bedtime.title'),
    body:
      kind === 'wind-down'
        ? t('windDown.body', { time: formatClock(bedtimeAt, zone) })
        : t('bedtime.body'),
    url: REMINDER_PATH,
    actions: actions(),
  });

  /** Keeps the next reminders in the store for the worker; writes only when they changed. */
  const savePlan = async (upcoming: StoredReminder[]) => {
    const text = JSON.stringify(upcoming);
    if (text === savedPlan) return;
    savedPlan = text;
    await (upcoming.length > 0 ? store.setPlanned(upcoming) : store.clearPlans());
  };

  const arm = () => {
    clearTimeout(timer);
    timer = undefined;
    // Only while started: a check run by hand (tests) or finishing after stop leaves no timer.
    // The clock is read again: the check's storage work took time, and the time may be here.
    if (stopAll && nextAt < Infinity)
      timer = setTimeout(requestCheck, Math.min(Math.max(0, nextAt - clock.now()), MAX_TIMER_MS));
  };

  async function check(): Promise<void> {
    const now = clock.now();
    mark = { wall: now, mono: monotonic() };
    zone = timeZone();
    permission.value = notifier.permission();
    if (banner.value && now - banner.value.at > BANNER_LIFETIME_MS) banner.value = null;
    const wanted = choice.peek();
    const on = wanted.windDown || wanted.bedtime;
    if (refreshWanted !== on) {
      refreshWanted = on;
      void notifier.keepRefresh(on);
    }
    if (!on) {
      nextAt = Infinity;
      arm();
      return savePlan([]);
    }
    const planned = planReminders(
      settings.settings.peek().schedule,
      wanted,
      now - REMINDER_GRACE_MS,
      zone,
      PLAN_AHEAD + 1,
    ).map(toStored);
    const reminders = [...planned, ...(await store.snoozed())].sort((a, b) => a.at - b.at);
    const visible = notifier.visible();
    const canNotify = permission.value === 'granted';
    // Claimed only when it can be shown now: a reminder that falls due while Lull is hidden and
    // may not notify waits (within its grace) for the page to show again.
    if (visible || canNotify) {
      const due = await store.claimDue(reminders, now);
      // The notification first: once the banner shows, the notification is out too.
      if (due && canNotify) await notifier.show(due);
      if (due && visible) banner.value = due;
    }
    const fired = await store.fired();
    nextAt = nextReminder(reminders, now, fired)?.at ?? Infinity;
    arm();
    const done = new Set(fired);
    await savePlan(
      reminders.filter((item) => item.at > now && !done.has(item.id)).slice(0, PLAN_AHEAD),
    );
  }

  /** Runs a check, one at a time: a request during a check runs one more after it. */
  function requestCheck(): Promise<void> {
    if (checking) {
      again = true;
      return checking;
    }
    checking = (async () => {
      try {
        do {
          again = false;
          await check();
        } while (again && stopAll);
      } finally {
        checking = null;
      }
    })();
    return checking;
  }

  /** Each minute: a jumped clock, a new zone or a missed time means a check now. */
  const safetyCheck = () => {
    const now = clock.now();
    const mono = monotonic();
    const jumped = Math.abs(now - mark.wall - (mono - mark.mono)) > CLOCK_JUMP_MS;
    mark = { wall: now, mono };
    if (jumped || now >= nextAt || timeZone() !== zone) void requestCheck();
    else if (banner.value && now - banner.value.at > BANNER_LIFETIME_MS) banner.value = null;
  };

  const snooze = async (message: Extract<ReminderMessage, { type: 'snooze' }>) => {
    const now = clock.now();
    const { id, kind, title, body } = message;
    const original = { id, kind, at: now, title, body, url: REMINDER_PATH, actions: actions() };
    await store.addSnooze(snoozeOf(original, now), now);
    if (banner.value?.id === id) banner.value = null;
    await requestCheck();
  };

  const onWorkerMessage = (data: unknown) => {
    const message = readReminderMessage(data);
    if (message?.type === 'open') {
      banner.value = null;
      go(message.path);
    } else if (message?.type === 'snooze') void snooze(message);
  };

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
    /** Starts reminding; returns the way to stop. Calling it again changes nothing. */
    start(): () => void {
      if (stopAll) return stop;
      const stops: (() => void)[] = [];
      stopAll = () => stops.forEach((item) => item());
      void settings.ready.then(() => {
        if (!stopAll) return;
        stops.push(
          effect(() => {
            void planKey.value;
            untracked(() => void requestCheck());
          }),
        );
      });
      stops.push(notifier.onVisibilityChange(() => void requestCheck()));
      stops.push(notifier.onWorkerMessage(onWorkerMessage));
      stops.push(
        notifier.watchPermission(() => {
          permission.value = notifier.permission();
          void requestCheck();
        }),
      );
      const safety = setInterval(safetyCheck, SAFETY_CHECK_MS);
      stops.push(
        () => clearInterval(safety),
        () => clearTimeout(timer),
      );
      return stop;
    },
    /** Runs a check now (tests; a changed permission). */
    check: requestCheck,
    /** Turns one reminder on or off. */
    setReminder(which: 'windDown' | 'bedtime', on: boolean) {
      settings.update(`reminders.${which}`, on);
    },
    /** Asks for the notification permission: call straight from the person's tap. */
    async allowNotifications() {
      permission.value = await notifier.request();
      if (stopAll) await requestCheck();
    },
    dismissBanner() {
      banner.value = null;
    },
    dispose: stop,
  };
}

/** The reminders model's interface. */
export type RemindersModel = ReturnType<typeof createRemindersModel>;
