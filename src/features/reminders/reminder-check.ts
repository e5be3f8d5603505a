import type { ReadonlySignal, Signal } from '@preact/signals';
import type { ReminderBrowser } from '../../lib/reminders/browser-notifier';
import { createDelivery } from '../../lib/reminders/deliver';
import type { PermissionState } from '../../lib/reminders/notifier';
import type { ReminderChoice } from '../../lib/reminders/plan';
import type { ReminderStore } from '../../lib/reminders/reminder-store';
import type { Schedule } from '../../lib/schedule/schedule';
import type { Clock } from '../../lib/time/clock';
import { expireBanner, type Banner } from './banner-state';
import { withoutLoggedNights, type NightLogged } from './logged-nights';
import type { Wakeups } from './reminder-wakeups';
import { aheadForWorker, nextDueAt, remindersAround } from './reminders-planning';
import type { WorkerBridge } from './worker-bridge';

/**
 * One look at the clock: plans the reminders around now, delivers the one due, sets the timer
 * for the next, and keeps the plan for the worker. It reads the settings as they stand (not
 * tracked), and writes the permission and banner signals the model owns. Never run two at
 * once (reminders-model.ts runs it one at a time).
 */
export function createCheck(
  settings: ReadonlySignal<{ schedule: Schedule; reminders: ReminderChoice }>,
  store: ReminderStore,
  browser: ReminderBrowser,
  clock: Clock,
  permission: Signal<PermissionState>,
  banner: Banner,
  wakeups: Wakeups,
  bridge: WorkerBridge,
  nightLogged: NightLogged,
): () => Promise<void> {
  const delivery = createDelivery({ store, notifier: browser });
  return async () => {
    const now = clock.now();
    const zone = wakeups.look(now);
    permission.value = browser.permission();
    expireBanner(banner, now);
    const wanted = settings.peek().reminders;
    const on = wanted.windDown || wanted.bedtime || Boolean(wanted.wake);
    bridge.keepRefresh(on);
    if (!on) {
      wakeups.arm(Infinity);
      return bridge.keepPlan([]);
    }
    const snoozed = await store.snoozed();
    const reminders = await withoutLoggedNights(
      remindersAround(settings.peek().schedule, wanted, snoozed, now, zone),
      zone,
      nightLogged,
    );
    const due = await delivery.deliverDue(reminders, now, browser.visible());
    if (due) banner.value = due;
    const fired = await store.fired();
    wakeups.arm(nextDueAt(reminders, now, fired));
    await bridge.keepPlan(aheadForWorker(reminders, now, fired));
  };
}
