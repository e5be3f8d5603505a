import { describe, it, expect } from 'vitest';
import {
  KEEP_FIRED,
  openReminderStore,
  type StoredReminder,
} from '../../../src/lib/reminders/reminder-store';
import { openKeyValueStore } from '../../../src/lib/storage/kv';
import { freshName, freshStore } from '../../support/stores';

const MINUTE = 60_000;

const reminder = (id: string, at: number): StoredReminder => ({
  id,
  kind: 'wind-down',
  at,
  title: 'Time to wind down',
  body: 'Bedtime is at 23:00.',
  url: '/routine',
  actions: [
    { action: 'start', title: 'Start wind-down' },
    { action: 'snooze', title: 'Snooze 10 min' },
  ],
});

describe('the reminder store', () => {
  it('lets only the first claim of a reminder win', async () => {
    const store = openReminderStore(freshStore());
    expect(await store.claim('a')).toBe(true);
    expect(await store.claim('a')).toBe(false);
    expect(await store.fired()).toEqual(['a']);
  });

  it('decides between two tabs claiming at the same moment', async () => {
    const name = freshName('reminders');
    const tabA = openReminderStore(openKeyValueStore(name));
    const tabB = openReminderStore(openKeyValueStore(name));
    const results = await Promise.all([
      tabA.claim('x'),
      tabB.claim('x'),
      tabA.claim('x'),
      tabB.claim('x'),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await tabB.fired()).toEqual(['x']);
  });

  it('keeps the last fired ids only', async () => {
    const store = openReminderStore(freshStore());
    for (let index = 0; index < KEEP_FIRED + 5; index += 1) await store.claim(`r${index}`);
    const fired = await store.fired();
    expect(fired).toHaveLength(KEEP_FIRED);
    expect(fired[0]).toBe('r5');
    expect(fired.at(-1)).toBe(`r${KEEP_FIRED + 4}`);
  });

  it('claims every due reminder and gives back the newest, once', async () => {
    const store = openReminderStore(freshStore());
    const now = 1_000 * MINUTE;
    const plan = [
      reminder('old', now - 60 * MINUTE),
      reminder('early', now - 8 * MINUTE),
      reminder('late', now - 1 * MINUTE),
      reminder('later', now + 30 * MINUTE),
    ];
    expect((await store.claimDue(plan, now))?.id).toBe('late');
    expect(await store.fired()).toEqual(['early', 'late']);
    expect(await store.claimDue(plan, now)).toBeNull();
  });

  it('keeps the planned reminders for the worker, dropping damaged ones', async () => {
    const kv = freshStore();
    const store = openReminderStore(kv);
    expect(await store.planned()).toEqual([]);
    await store.setPlanned([reminder('a', 1), reminder('b', 2)]);
    expect((await store.planned()).map((r) => r.id)).toEqual(['a', 'b']);
    await kv.set('planned', [
      reminder('a', 1),
      { ...reminder('b', 2), kind: 'alarm' },
      { id: 'c' },
      'junk',
    ]);
    expect(await store.planned()).toEqual([reminder('a', 1)]);
    await kv.set('fired', 'not a list');
    expect(await store.fired()).toEqual([]);
  });

  it('adds a snooze once, and forgets snoozes a day old', async () => {
    const store = openReminderStore(freshStore());
    const now = 10_000 * MINUTE;
    await store.addSnooze(reminder('old+snooze', now - 25 * 60 * MINUTE), now - 25 * 60 * MINUTE);
    await store.addSnooze(reminder('a+snooze', now + 10 * MINUTE), now);
    await store.addSnooze(reminder('a+snooze', now + 11 * MINUTE), now + MINUTE);
    expect(await store.snoozed()).toEqual([reminder('a+snooze', now + 10 * MINUTE)]);
  });

  it('forgets plans and snoozes when reminders go off, but not what fired', async () => {
    const store = openReminderStore(freshStore());
    await store.setPlanned([reminder('a', 1)]);
    await store.addSnooze(reminder('b', 2), 0);
    await store.claim('c');
    await store.clearPlans();
    expect(await store.planned()).toEqual([]);
    expect(await store.snoozed()).toEqual([]);
    expect(await store.fired()).toEqual(['c']);
  });
});
