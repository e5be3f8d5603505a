import type { ReminderBrowser } from '../../lib/reminders/browser-notifier';
import type { ReminderStore, StoredReminder } from '../../lib/reminders/reminder-store';
import { readReminderMessage, type ReminderMessage } from '../../lib/reminders/worker-messages';
import type { Clock } from '../../lib/time/clock';
import { dismissIf, type Banner } from './banner-state';
import { snoozedReminder } from './reminders-planning';

/**
 * The page's side of the service worker for reminders: its messages, the plan it reads when no
 * window is there, and the periodic wake-up that lets it show one. It needs the worker's side
 * of the browser, the shared store, the banner, and the model's check (asked for after a snooze).
 */
export function createWorkerBridge(
  store: ReminderStore,
  browser: Pick<ReminderBrowser, 'keepRefresh' | 'onWorkerMessage'>,
  clock: Clock,
  go: (path: string) => void,
  banner: Banner,
  check: () => Promise<void>,
) {
  /** The plan last kept for the worker (JSON), so it is written only when it changed. */
  let savedPlan = '';
  /** The periodic refresh as last asked for; undefined before the first check. */
  let refreshWanted: boolean | undefined;

  const snooze = async (message: Extract<ReminderMessage, { type: 'snooze' }>) => {
    const now = clock.now();
    await store.addSnooze(snoozedReminder(message, now), now);
    dismissIf(banner, message.id);
    await check();
  };

  return {
    /** Listens to the worker (a tapped notification, a snooze); returns the stop. */
    listen: () =>
      browser.onWorkerMessage((data) => {
        const message = readReminderMessage(data);
        if (message?.type === 'open') {
          banner.value = null;
          go(message.path);
        } else if (message?.type === 'snooze') void snooze(message);
      }),
    /** Keeps the periodic refresh while a reminder is on; asks only when that changed. */
    keepRefresh(on: boolean) {
      if (refreshWanted === on) return;
      refreshWanted = on;
      void browser.keepRefresh(on);
    },
    /** Keeps the next reminders in the store for the worker; writes only when they changed. */
    async keepPlan(upcoming: readonly StoredReminder[]): Promise<void> {
      const text = JSON.stringify(upcoming);
      if (text === savedPlan) return;
      savedPlan = text;
      await (upcoming.length > 0 ? store.setPlanned(upcoming) : store.clearPlans());
    },
  };
}

/** The worker bridge's interface. */
export type WorkerBridge = ReturnType<typeof createWorkerBridge>;
