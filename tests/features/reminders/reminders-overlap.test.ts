import { describe, it, expect } from 'vitest';
import { dueReminders } from '../../../src/lib/reminders/due';
import { openReminderStore, type ReminderStore } from '../../../src/lib/reminders/reminder-store';
import { freshStore, settle } from '../../support/stores';
import { MINUTE, windDownId, advance, setup } from './fakes';

/**
 * The reminder store with a claim that is not one transaction: it reads what fired, waits, then
 * writes. The store cannot tell two checks of one tab apart then: only the model running them
 * one at a time keeps a reminder from being shown twice. It also counts checks in flight.
 */
function naiveStore() {
  const real = openReminderStore(freshStore('reminders'));
  const flight = { now: 0, most: 0 };
  const store: ReminderStore = {
    ...real,
    async snoozed() {
      flight.now += 1;
      flight.most = Math.max(flight.most, flight.now);
      return real.snoozed();
    },
    async claimDue(reminders, now) {
      const due = dueReminders(reminders, now, await real.fired()).at(-1) ?? null;
      await settle(5);
      if (due) await real.claim(due.id);
      return due;
    },
    async fired() {
      flight.now -= 1;
      return real.fired();
    },
  };
  return { store, flight };
}

describe('overlapping triggers', () => {
  it('at the moment a reminder is due, every trigger at once shows it once', async () => {
    const { store, flight } = naiveStore();
    const { model, browser, jumpClock } = await setup({ permission: 'denied', store });
    await advance(15 * MINUTE - 1000);
    expect(browser.shown).toEqual([]);
    // 22:15 on the wall clock, before the timer fires: everything that starts a check, at once.
    jumpClock(1000);
    browser.changePermission('granted');
    browser.setVisible(true);
    void model.check();
    void model.check();
    await advance(2 * MINUTE);
    expect(browser.shown.map((reminder) => reminder.id)).toEqual([windDownId]);
    expect(model.banner.value?.id).toBe(windDownId);
    expect(flight.most).toBe(1);
  });
});
