import type { ReminderBrowser } from '../../lib/reminders/browser-notifier';
import type { ReminderStore, StoredReminder } from '../../lib/reminders/reminder-store';
import { readReminderMessage, type ReminderMessage } from '../../lib/reminders/worker-messages';
import type { Clock } from '../../lib/time/clock';
import { snoozedReminder } from './reminders-planning';
import type { RemindersState } from './reminders-state';

/** What the bridge needs: the worker's side of the browser, the shared store, and the model. */
export interface WorkerBridgeDeps {
  state: RemindersState;
  store: ReminderStore;
  browser: Pick<ReminderBrowser, 'keepRefresh' | 'onWorkerMessage'>;
  clock: Clock;
  go: (path: string) => void;
  /** Asks the model for a check (after a snooze). */
  check: () => Promise<void>;
}

/**
 * The page's side of the service worker for reminders: its messages, the plan it reads when no
 * window is there, and the periodic wake-up that lets it show one.
 */
export function createWorkerBridge({ state, store, browser, clock, go, check }: WorkerBridgeDeps) {
  const snooze = async (message: Extract<ReminderMessage, { type: 'snooze' }>) => {
    const now = clock.now();
    await store.addSnooze(snoozedReminder(message, now), now);
    state.banner.dismissIf(message.id);
    await check();
  };

  return {
    /** Listens to the worker (a tapped notification, a snooze); returns the stop. */
    listen: () =>
      browser.onWorkerMessage((data) => {
        const message = readReminderMessage(data);
        if (message?.type === 'open') {
          state.banner.dismiss();
          go(message.path);
        } else if (message?.type === 'snooze') void snooze(message);
      }),
    /** Keeps the periodic refresh while a reminder is on; asks only when that changed. */
    keepRefresh(on: boolean) {
      if (state.refreshWanted === on) return;
      state.refreshWanted = on;
      void browser.keepRefresh(on);
    },
    /** Keeps the next reminders in the store for the worker; writes only when they changed. */
    async keepPlan(upcoming: readonly StoredReminder[]): Promise<void> {
      const text = JSON.stringify(upcoming);
      if (text === state.savedPlan) return;
      state.savedPlan = text;
      await (upcoming.length > 0 ? store.setPlanned(upcoming) : store.clearPlans());
    },
  };
}
