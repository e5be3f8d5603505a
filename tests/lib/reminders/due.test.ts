import { describe, it, expect } from 'vitest';
import {
  dueReminders,
  nextReminder,
  REMINDER_GRACE_MS,
  SNOOZE_MS,
  snoozeOf,
} from '../../../src/lib/reminders/due';

const MINUTE = 60_000;
const at = (minutes: number) => minutes * MINUTE;
const reminder = (id: string, minutes: number) => ({ id, at: at(minutes) });
const plan = [reminder('a', 100), reminder('b', 145), reminder('c', 1540)];

describe('which reminders are due', () => {
  it('none before its time; the reminder at its time exactly', () => {
    expect(dueReminders(plan, at(99), [])).toEqual([]);
    expect(dueReminders(plan, at(100), [])).toEqual([plan[0]]);
  });

  it('stays due for the grace, not a moment longer', () => {
    expect(REMINDER_GRACE_MS).toBe(10 * MINUTE);
    expect(dueReminders(plan, at(100) + REMINDER_GRACE_MS, [])).toEqual([plan[0]]);
    expect(dueReminders(plan, at(100) + REMINDER_GRACE_MS + 1, [])).toEqual([]);
  });

  it('never one that fired', () => {
    expect(dueReminders(plan, at(101), ['a'])).toEqual([]);
    expect(dueReminders(plan, at(146), new Set(['a']))).toEqual([plan[1]]);
  });

  it('a phone that slept for hours wakes to nothing stale', () => {
    expect(dueReminders(plan, at(900), [])).toEqual([]);
  });

  it('two due at once come oldest first, for the caller to take the newest', () => {
    const close = [reminder('late', 105), reminder('early', 100)];
    expect(dueReminders(close, at(106), []).map((r) => r.id)).toEqual(['early', 'late']);
  });

  it('takes another grace when given', () => {
    expect(dueReminders(plan, at(130), [], 30 * MINUTE)).toEqual([plan[0]]);
  });
});

describe('the next reminder', () => {
  it('is the first still to come and not fired', () => {
    expect(nextReminder(plan, at(0), [])?.id).toBe('a');
    expect(nextReminder(plan, at(100), [])?.id).toBe('b');
    expect(nextReminder(plan, at(0), ['a', 'b'])?.id).toBe('c');
    expect(nextReminder(plan, at(2000), [])).toBeUndefined();
  });
});

describe('snooze', () => {
  it('plans the same reminder ten minutes on, under an id made from the snoozed one', () => {
    const snoozed = snoozeOf({ id: 'wind-down@x', at: at(100), kind: 'wind-down' }, at(103));
    expect(SNOOZE_MS).toBe(10 * MINUTE);
    expect(snoozed).toEqual({ id: 'wind-down@x+snooze', at: at(113), kind: 'wind-down' });
    // Two tabs hearing the same tap plan the same reminder.
    expect(snoozeOf({ id: 'wind-down@x', at: 0 }, at(104)).id).toBe(snoozed.id);
  });
});
