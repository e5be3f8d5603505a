import { settingsPart } from '../../../src/lib/settings/settings-access';
import { describe, it, expect } from 'vitest';
import { createRemindersModel } from '../../../src/features/reminders/reminders-model';
import { openReminderStore } from '../../../src/lib/reminders/reminder-store';
import { openKeyValueStore } from '../../../src/lib/storage/kv';
import { freshName } from '../../support/stores';
import {
  MINUTE,
  HOUR,
  BERLIN,
  windDownAt,
  windDownId,
  fakeBrowser,
  advance,
  setup,
  cleanups,
} from './fakes';

describe('reminders while Lull is open', () => {
  it('at 22:15: exactly one notification and the banner; an hour on, no second one', async () => {
    const { model, browser } = await setup();
    expect(browser.shown).toEqual([]);
    await advance(15 * MINUTE - 1000);
    expect(browser.shown).toEqual([]);
    await advance(1000);
    expect(browser.shown.map((reminder) => reminder.id)).toEqual([windDownId]);
    expect(browser.shown[0]).toMatchObject({
      kind: 'wind-down',
      at: windDownAt,
      title: 'Time to wind down',
      url: '/routine',
      actions: [
        { action: 'start', title: 'Start wind-down' },
        { action: 'snooze', title: 'Snooze 10 min' },
      ],
    });
    expect(browser.shown[0].body).toMatch(/^Bedtime is at (23:00|11:00\sPM)\./);
    expect(model.banner.value?.id).toBe(windDownId);
    await advance(HOUR);
    expect(browser.shown).toHaveLength(1);
  });

  it('at bedtime too when asked, and each night after', async () => {
    const { browser } = await setup({ reminders: { windDown: true, bedtime: true } });
    await advance(HOUR);
    expect(browser.shown.map((reminder) => reminder.kind)).toEqual(['wind-down', 'bedtime']);
    expect(browser.shown[1].title).toBe('Time for bed');
    await advance(24 * HOUR);
    expect(browser.shown.map((reminder) => reminder.id)).toEqual([
      windDownId,
      'bedtime@2026-11-23T22:00:00.000Z',
      'wind-down@2026-11-24T21:15:00.000Z',
      'bedtime@2026-11-24T22:00:00.000Z',
    ]);
  });

  it('never shows a reminder twice: not after a reload, not from a second tab', async () => {
    const name = freshName('reminders');
    const first = await setup({ store: openReminderStore(openKeyValueStore(name)) });
    await advance(15 * MINUTE);
    expect(first.browser.shown).toHaveLength(1);
    cleanups.splice(0).forEach((cleanup) => cleanup());
    // The page reloads within the grace: the same reminder is due, but it fired.
    const second = await setup({
      start: '2026-11-23T22:17+01:00',
      store: openReminderStore(openKeyValueStore(name)),
    });
    await advance(5 * MINUTE);
    expect(second.browser.shown).toEqual([]);
    expect(second.model.banner.value).toBeNull();
  });

  it('two tabs open at the time: one notification between them', async () => {
    const name = freshName('reminders');
    const tabA = await setup({ store: openReminderStore(openKeyValueStore(name)) });
    const other = fakeBrowser('granted');
    const tabB = createRemindersModel({
      settings: settingsPart(tabA.settings),
      store: openReminderStore(openKeyValueStore(name)),
      clock: { now: () => Date.now() },
      monotonic: () => Date.now(),
      timeZone: () => BERLIN,
      notifier: other.notifier,
      loadPush: null,
    });
    cleanups.push(tabB.start());
    await advance(20 * MINUTE);
    expect(tabA.browser.shown.length + other.shown.length).toBe(1);
  });

  it('in a hidden tab: the notification, and no banner waiting behind it', async () => {
    const { model, browser } = await setup();
    browser.setVisible(false);
    await advance(15 * MINUTE);
    expect(browser.shown).toHaveLength(1);
    expect(model.banner.value).toBeNull();
  });

  it('without permission: the banner when Lull is in front, and nothing shown behind it', async () => {
    const { model, browser } = await setup({ permission: 'denied' });
    await advance(15 * MINUTE);
    expect(browser.shown).toEqual([]);
    expect(model.banner.value?.title).toBe('Time to wind down');
  });

  it('without permission in a hidden tab: the banner waits for the page to show, within the grace', async () => {
    const late = await setup({ permission: 'default' });
    late.browser.setVisible(false);
    await advance(15 * MINUTE);
    expect(late.model.banner.value).toBeNull();
    await advance(5 * MINUTE);
    late.browser.setVisible(true);
    await advance(0);
    expect(late.model.banner.value?.id).toBe(windDownId);
  });

  it('a page shown again after the grace gets nothing stale', async () => {
    const { model, browser } = await setup({ permission: 'default' });
    browser.setVisible(false);
    await advance(30 * MINUTE);
    browser.setVisible(true);
    await advance(0);
    expect(model.banner.value).toBeNull();
  });

  it('the banner goes when dismissed, and by itself once the evening is over', async () => {
    const { model } = await setup();
    await advance(15 * MINUTE);
    model.dismissBanner();
    expect(model.banner.value).toBeNull();
    await advance(24 * HOUR);
    expect(model.banner.value?.id).toBe('wind-down@2026-11-24T21:15:00.000Z');
    await advance(5 * HOUR);
    expect(model.banner.value).toBeNull();
  });
});
