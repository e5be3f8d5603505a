import type { Notifier } from './notifier';
import type { ReminderStore, StoredReminder } from './reminder-store';

/** What delivery needs: the store every tab and the worker share, and the way to show. */
export interface DeliveryDeps {
  store: Pick<ReminderStore, 'claimDue'>;
  notifier: Notifier;
}

/** Shows due reminders, each once anywhere. */
export function createDelivery({ store, notifier }: DeliveryDeps) {
  return {
    /**
     * Shows the reminder due at `now` and returns it when the page is on screen (for the
     * banner), else null. It is recorded in the store before it is shown, so of every tab and
     * the worker only the one that records it shows it, and never twice; one more than 10
     * minutes late is dropped (the store's grace). When the page is hidden and may not notify,
     * nothing is recorded: the reminder waits, within its grace, for the page to show again.
     */
    async deliverDue(
      reminders: readonly StoredReminder[],
      now: number,
      onScreen: boolean,
    ): Promise<StoredReminder | null> {
      const canNotify = notifier.permission() === 'granted';
      if (!onScreen && !canNotify) return null;
      const due = await store.claimDue(reminders, now);
      // The notification first: once the banner shows, the notification is out too.
      if (due && canNotify) await notifier.show(due);
      return due && onScreen ? due : null;
    },
  };
}

/** The delivery's interface. */
export type Delivery = ReturnType<typeof createDelivery>;
