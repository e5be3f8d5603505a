import { describe, it, expect } from 'vitest';
import { MINUTE, HOUR, windDownId, advance, setup, cleanups } from './fakes';

describe('the service worker and the permission', () => {
  it('snooze: the same reminder again ten minutes after the tap, once', async () => {
    const { model, browser } = await setup();
    await advance(15 * MINUTE);
    const [first] = browser.shown;
    await advance(2 * MINUTE);
    const snooze = {
      type: 'snooze',
      id: first.id,
      kind: first.kind,
      title: first.title,
      body: first.body,
    };
    browser.post(snooze);
    browser.post(snooze);
    await advance(0);
    expect(model.banner.value).toBeNull();
    await advance(10 * MINUTE - 1000);
    expect(browser.shown).toHaveLength(1);
    await advance(1000);
    expect(browser.shown.map((reminder) => reminder.id)).toEqual([
      windDownId,
      `${windDownId}+snooze`,
    ]);
    expect(browser.shown[1]).toMatchObject({ title: first.title, body: first.body });
    await advance(HOUR);
    expect(browser.shown).toHaveLength(2);
  });

  it('a tapped notification moves Lull to its path, in-app', async () => {
    const { model, browser, go } = await setup();
    await advance(15 * MINUTE);
    browser.post({ type: 'open', path: '/routine' });
    expect(go).toHaveBeenCalledWith('/routine');
    expect(model.banner.value).toBeNull();
    browser.post({ type: 'open', path: 'https://elsewhere.example/' });
    expect(go).toHaveBeenCalledTimes(1);
  });

  it('asks for the permission only when told to, and reminds once it is given', async () => {
    const { model, browser } = await setup({
      permission: 'default',
      start: '2026-11-23T22:14+01:00',
    });
    expect(model.permission.value).toBe('default');
    browser.setVisible(false);
    await advance(MINUTE);
    expect(browser.shown).toEqual([]);
    await model.allowNotifications();
    await advance(0);
    expect(model.permission.value).toBe('granted');
    expect(browser.shown.map((reminder) => reminder.id)).toEqual([windDownId]);
  });

  it('follows a permission changed in the browser settings', async () => {
    const { model, browser } = await setup({ permission: 'denied' });
    browser.changePermission('granted');
    expect(model.permission.value).toBe('granted');
  });

  it('keeps the periodic refresh while a reminder is on, and drops it when none is', async () => {
    const { settings, browser } = await setup();
    expect(browser.notifier.keepRefresh).toHaveBeenLastCalledWith(true);
    settings.update('reminders.windDown', false);
    await advance(0);
    expect(browser.notifier.keepRefresh).toHaveBeenLastCalledWith(false);
    expect(browser.notifier.keepRefresh).toHaveBeenCalledTimes(2);
  });

  it('stops: no reminder after stop', async () => {
    const { browser } = await setup();
    cleanups.splice(0).forEach((cleanup) => cleanup());
    await advance(HOUR);
    expect(browser.shown).toEqual([]);
  });
});
