import { describe, it, expect } from 'vitest';
import { MINUTE, HOUR, advance, setup } from './fakes';

// The default schedule: 23:00 to 07:00 every night, so Tuesday's wake is 07:00 on 24 November.
const wakeId = 'wake@2026-11-24T06:00:00.000Z';

describe('the wake reminder: "Fill in last night?"', () => {
  it('is off by default: a morning passes with nothing shown', async () => {
    const { browser, settings } = await setup({ start: '2026-11-24T06:00+01:00', reminders: {} });
    expect(settings.settings.value.reminders.wake).toBe(false);
    await advance(2 * HOUR);
    expect(browser.shown).toEqual([]);
  });

  it('comes at wake time, once, and opens the check-in; the next morning again', async () => {
    const { browser, model } = await setup({
      start: '2026-11-24T06:00+01:00',
      reminders: { wake: true },
    });
    await advance(HOUR - 1000);
    expect(browser.shown).toEqual([]);
    await advance(1000);
    expect(browser.shown).toHaveLength(1);
    expect(browser.shown[0]).toMatchObject({
      id: wakeId,
      kind: 'wake',
      title: 'Fill in last night?',
      url: '/check-in',
      actions: [],
    });
    expect(model.banner.value?.id).toBe(wakeId);
    await advance(HOUR);
    expect(browser.shown).toHaveLength(1);
    await advance(23 * HOUR);
    expect(browser.shown.map((reminder) => reminder.id)).toEqual([
      wakeId,
      'wake@2026-11-25T06:00:00.000Z',
    ]);
  });

  it('is not shown when last night is already in the diary', async () => {
    const asked: string[] = [];
    const { browser } = await setup({
      start: '2026-11-24T06:00+01:00',
      reminders: { wake: true },
      nightLogged: async (night) => (asked.push(night), night === '2026-11-23'),
    });
    await advance(2 * HOUR);
    expect(browser.shown).toEqual([]);
    expect(asked).toContain('2026-11-23');
    // The next morning's night is not logged: it comes.
    await advance(23 * HOUR);
    expect(browser.shown.map((reminder) => reminder.id)).toEqual(['wake@2026-11-25T06:00:00.000Z']);
  });

  it('comes all the same when the diary cannot be read', async () => {
    const { browser } = await setup({
      start: '2026-11-24T06:50+01:00',
      reminders: { wake: true },
      nightLogged: () => Promise.reject(new Error('no diary')),
    });
    await advance(10 * MINUTE);
    expect(browser.shown.map((reminder) => reminder.id)).toEqual([wakeId]);
  });

  it('follows a change of time zone: 07:00 on the clock where the person is now', async () => {
    const { browser, travelTo } = await setup({
      start: '2026-11-24T06:00+01:00',
      reminders: { wake: true },
    });
    // To London, an hour behind: 07:00 there is 08:00 in Berlin.
    travelTo('Europe/London');
    await advance(90 * MINUTE);
    expect(browser.shown).toEqual([]);
    await advance(30 * MINUTE);
    expect(browser.shown.map((reminder) => reminder.id)).toEqual(['wake@2026-11-24T07:00:00.000Z']);
  });
});
