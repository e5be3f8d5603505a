import { describe, expect, it } from 'vitest';
import { reminderId } from '../../../src/lib/reminders/due';
import { openReminderStore, type StoredReminder } from '../../../src/lib/reminders/reminder-store';
import { claimDueInZone, onZoneClock } from '../../../src/lib/reminders/worker-due';
import { freshStore } from '../../support/stores';

const MINUTE = 60_000;
// 22:30 in Berlin on Monday 23 November 2026 (UTC+1); 22:30 in London is an hour later.
const berlinBedtime = Date.parse('2026-11-23T22:30:00+01:00');
const londonBedtime = Date.parse('2026-11-23T22:30:00Z');

/** Bedtime as the page planned it, in Berlin. */
const planned: StoredReminder = {
  id: reminderId('bedtime', berlinBedtime),
  kind: 'bedtime',
  at: berlinBedtime,
  title: 'Bedtime',
  body: 'Time for bed.',
  url: '/routine',
  actions: [],
  zone: 'Europe/Berlin',
};

describe('the worker, woken with the device in another zone than the plan', () => {
  it('shows bedtime at 22:30 on the clock where the device is now, not in the old zone', async () => {
    const store = openReminderStore(freshStore());
    await store.setPlanned([planned]);
    // 22:31 in Berlin is 21:31 in London: nothing is due there yet.
    expect(await claimDueInZone(store, berlinBedtime + MINUTE, 'Europe/London')).toBeNull();
    const due = await claimDueInZone(store, londonBedtime + MINUTE, 'Europe/London');
    expect(due).toMatchObject({ at: londonBedtime, id: reminderId('bedtime', londonBedtime) });
    // Claimed under the id the page plans in London: a tab opened now does not show it again.
    expect(await store.claim(reminderId('bedtime', londonBedtime))).toBe(false);
  });

  it('in the zone it was planned in, nothing moves', async () => {
    const store = openReminderStore(freshStore());
    await store.setPlanned([planned]);
    const due = await claimDueInZone(store, berlinBedtime + MINUTE, 'Europe/Berlin');
    expect(due).toEqual(planned);
  });

  it('a snooze is an instant, the same in every zone', () => {
    const snooze = { ...planned, id: 'snoozed', zone: undefined };
    expect(onZoneClock(snooze, 'America/New_York')).toBe(snooze);
  });

  it('the zone survives the store, and a record without one still reads', async () => {
    const store = openReminderStore(freshStore());
    const { zone: _zone, ...older } = planned;
    await store.setPlanned([planned, { ...older, id: 'older' }]);
    const [kept, old] = await store.planned();
    expect(kept.zone).toBe('Europe/Berlin');
    expect(old).toEqual({ ...older, id: 'older' });
  });
});
