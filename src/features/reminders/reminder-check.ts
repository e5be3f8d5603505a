import type { ReminderBrowser } from '../../lib/reminders/browser-notifier';
import type { Delivery } from '../../lib/reminders/deliver';
import type { ReminderChoice } from '../../lib/reminders/plan';
import type { ReminderStore } from '../../lib/reminders/reminder-store';
import type { Schedule } from '../../lib/schedule/schedule';
import type { Clock } from '../../lib/time/clock';
import { aheadForWorker, nextDueAt, remindersAround } from './reminders-planning';
import type { RemindersState } from './reminders-state';

/** What one check reads and the parts it runs. */
export interface CheckDeps {
  state: RemindersState;
  /** The reminders asked for and the schedule, as they stand (read, not tracked). */
  choice: () => ReminderChoice;
  schedule: () => Schedule;
  store: ReminderStore;
  browser: Pick<ReminderBrowser, 'permission' | 'visible'>;
  clock: Clock;
  monotonic: () => number;
  timeZone: () => string;
  delivery: Delivery;
  wakeups: { arm(): void };
  bridge: {
    keepRefresh(on: boolean): void;
    keepPlan(upcoming: Parameters<typeof aheadForWorker>[0]): Promise<void>;
  };
}

/**
 * One look at the clock: plans the reminders around now, delivers the one due, sets the timer
 * for the next, and keeps the plan for the worker. Never run two at once (reminders-model.ts
 * runs it one at a time).
 */
export function createCheck(deps: CheckDeps): () => Promise<void> {
  const { state, store, browser, clock, delivery, wakeups, bridge } = deps;
  return async () => {
    const now = clock.now();
    state.mark = { wall: now, mono: deps.monotonic() };
    state.zone = deps.timeZone();
    state.permission.value = browser.permission();
    state.banner.expire(now);
    const wanted = deps.choice();
    const on = wanted.windDown || wanted.bedtime;
    bridge.keepRefresh(on);
    if (!on) {
      state.nextAt = Infinity;
      wakeups.arm();
      return bridge.keepPlan([]);
    }
    const snoozed = await store.snoozed();
    const reminders = remindersAround(deps.schedule(), wanted, snoozed, now, state.zone);
    const due = await delivery.deliverDue(reminders, now, browser.visible());
    if (due) state.banner.show(due);
    const fired = await store.fired();
    state.nextAt = nextDueAt(reminders, now, fired);
    wakeups.arm();
    await bridge.keepPlan(aheadForWorker(reminders, now, fired));
  };
}
