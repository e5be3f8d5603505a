import { describe, it, expect } from 'vitest';
import { createDelivery } from '../../../src/lib/reminders/deliver';
import type { Notifier, PermissionState } from '../../../src/lib/reminders/notifier';
import { openReminderStore, type StoredReminder } from '../../../src/lib/reminders/reminder-store';
import { openKeyValueStore } from '../../../src/lib/storage/kv';
import { freshName, freshStore } from '../../support/stores';

const MINUTE = 60_000;
const at = Date.parse('2026-11-23T21:15:00.000Z');

const reminder = (id: string, when = at): StoredReminder => ({
  id,
  kind: 'wind-down',
  at: when,
  title: 'Time to wind down',
  body: 'Bedtime is at 23:00.',
  url: '/routine',
  actions: [],
});

/**
 * A notifier that records every show. A second show with the same tag replaces the first on
 * screen, so counting what is on screen cannot catch a double buzz; counting the calls can.
 */
function countingNotifier(permission: PermissionState = 'granted') {
  const shown: string[] = [];
  const notifier: Notifier = {
    permission: () => permission,
    show: async (item) => {
      shown.push(item.id);
      return true;
    },
  };
  return { notifier, shown };
}

describe('delivering a due reminder', () => {
  it('shows it once, and returns it for the banner when the page is on screen', async () => {
    const { notifier, shown } = countingNotifier();
    const delivery = createDelivery({ store: openReminderStore(freshStore()), notifier });
    const due = [reminder('a')];
    expect(await delivery.deliverDue(due, at, true)).toMatchObject({ id: 'a' });
    expect(await delivery.deliverDue(due, at + MINUTE, true)).toBeNull();
    expect(shown).toEqual(['a']);
  });

  it('of two deliveries at once over one store, only one shows', async () => {
    const name = freshName('reminders');
    const tabA = countingNotifier();
    const tabB = countingNotifier();
    const due = [reminder('a')];
    await Promise.all([
      createDelivery({ store: openReminderStore(openKeyValueStore(name)), ...tabA }).deliverDue(
        due,
        at,
        false,
      ),
      createDelivery({ store: openReminderStore(openKeyValueStore(name)), ...tabB }).deliverDue(
        due,
        at,
        false,
      ),
    ]);
    expect([...tabA.shown, ...tabB.shown]).toEqual(['a']);
  });

  it('drops one more than 10 minutes late', async () => {
    const { notifier, shown } = countingNotifier();
    const delivery = createDelivery({ store: openReminderStore(freshStore()), notifier });
    expect(await delivery.deliverDue([reminder('a')], at + 10 * MINUTE + 1, true)).toBeNull();
    expect(shown).toEqual([]);
  });

  it('without permission: the banner only; hidden as well: kept for when the page shows', async () => {
    const store = openReminderStore(freshStore());
    const { notifier, shown } = countingNotifier('default');
    const delivery = createDelivery({ store, notifier });
    expect(await delivery.deliverDue([reminder('a')], at, false)).toBeNull();
    expect(await store.fired()).toEqual([]);
    expect(await delivery.deliverDue([reminder('a')], at + MINUTE, true)).toMatchObject({
      id: 'a',
    });
    expect(shown).toEqual([]);
  });
});
