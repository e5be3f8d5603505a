import { describe, it, expect } from 'vitest';
import { MINUTE, HOUR, windDownId, advance, setup } from './fakes';

describe('recomputing the next reminder', () => {
  it('after the clock jumps: within the safety check, from the new time', async () => {
    const { browser, jumpClock } = await setup({ start: '2026-11-23T20:00+01:00' });
    // The device clock is set forward to 22:16: no timer is due yet by monotonic time.
    jumpClock(2 * HOUR + 16 * MINUTE);
    await advance(MINUTE);
    expect(browser.shown.map((reminder) => reminder.id)).toEqual([windDownId]);
  });

  it('a phone asleep for hours (the clock jumps past the grace): nothing stale', async () => {
    const { browser, jumpClock } = await setup({
      start: '2026-11-23T20:00+01:00',
      reminders: { windDown: true, bedtime: true },
    });
    jumpClock(4 * HOUR);
    await advance(2 * MINUTE);
    expect(browser.shown).toEqual([]);
    // The next night still comes (it is now 00:02 on Tuesday).
    await advance(22 * HOUR + 20 * MINUTE);
    expect(browser.shown.map((reminder) => reminder.id)).toEqual([
      'wind-down@2026-11-24T21:15:00.000Z',
    ]);
  });

  it('when the schedule changes', async () => {
    const { settings, browser } = await setup({ start: '2026-11-23T21:00+01:00' });
    settings.update('schedule.everyNight', { bedtime: '22:00', wake: '06:00' });
    await advance(15 * MINUTE);
    expect(browser.shown.map((reminder) => reminder.id)).toEqual([
      'wind-down@2026-11-23T20:15:00.000Z',
    ]);
  });

  it('when reminders are turned off: none, and no plan left for the worker', async () => {
    const { settings, browser, store } = await setup();
    expect(await store.planned()).toHaveLength(4);
    settings.update('reminders.windDown', false);
    await advance(HOUR);
    expect(browser.shown).toEqual([]);
    expect(await store.planned()).toEqual([]);
  });

  it('after a trip: the schedule in the new local time', async () => {
    const { browser, travelTo } = await setup({ start: '2026-11-23T22:00+01:00' });
    // In New York it is 16:00; the wind-down there is at 22:15 New York time.
    travelTo('America/New_York');
    await advance(HOUR);
    expect(browser.shown).toEqual([]);
    await advance(5 * HOUR + 15 * MINUTE);
    expect(browser.shown.map((reminder) => reminder.id)).toEqual([
      'wind-down@2026-11-24T03:15:00.000Z',
    ]);
  });

  it('a trip while Lull is open: within a minute, the kept plan and its words are local', async () => {
    const { store, travelTo } = await setup({ start: '2026-11-23T21:00+01:00' });
    expect((await store.planned())[0]).toMatchObject({ id: windDownId });
    // 15:00 in New York: the wind-down there is at 22:15, bedtime at 23:00 on its clock.
    travelTo('America/New_York');
    await advance(MINUTE);
    const [next] = await store.planned();
    expect(next.id).toBe('wind-down@2026-11-24T03:15:00.000Z');
    expect(next.body).toMatch(/^Bedtime is at (23:00|11:00\sPM)\./);
  });

  it('keeps the next reminders, with their words, for the service worker', async () => {
    const { store } = await setup({ reminders: { windDown: true, bedtime: true } });
    const planned = await store.planned();
    expect(planned.map((reminder) => reminder.id)).toEqual([
      windDownId,
      'bedtime@2026-11-23T22:00:00.000Z',
      'wind-down@2026-11-24T21:15:00.000Z',
      'bedtime@2026-11-24T22:00:00.000Z',
    ]);
    expect(planned[1]).toMatchObject({ title: 'Time for bed', url: '/routine' });
  });
});
