import type { Page } from '@playwright/test';

/** One showNotification call the page made: what it showed, and when by the page's clock. */
export interface ShownNotification {
  title: string;
  tag: string;
  at: number;
}

const SHOWN_KEY = 'lull-test-shown';

/**
 * Records, from before Lull's own scripts run, every `showNotification` call of the page (kept
 * in sessionStorage, so a reload keeps the count: a second show with the same tag replaces the
 * first notification, so counting notifications cannot see it), every reminder banner that
 * appears in this document, and every time the reminders model saves its plan (the last step of
 * each of its checks, so a check has finished once it is seen).
 */
export async function probeReminders(page: Page): Promise<void> {
  await page.addInitScript((key) => {
    const show = ServiceWorkerRegistration.prototype.showNotification;
    ServiceWorkerRegistration.prototype.showNotification = function showNotification(
      title: string,
      options?: NotificationOptions,
    ) {
      const shown = JSON.parse(sessionStorage.getItem(key) ?? '[]') as unknown[];
      shown.push({ title, tag: options?.tag ?? '', at: Date.now() });
      sessionStorage.setItem(key, JSON.stringify(shown));
      return show.call(this, title, options);
    };
    const probe = { banners: 0, plans: 0 };
    Object.assign(window, { reminderProbe: probe });
    // The banner's box stays; its title is what comes and goes with each reminder.
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of Array.from(record.addedNodes))
          if (node instanceof Element)
            probe.banners += node.matches('.reminder-banner-title')
              ? 1
              : node.querySelectorAll('.reminder-banner-title').length;
    }).observe(document, { childList: true, subtree: true });
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (value: unknown, storeKey?: IDBValidKey) {
      const request = put.call(this, value, storeKey);
      if (this.transaction.db.name === 'lull-reminders' && storeKey === 'planned')
        request.addEventListener('success', () => (probe.plans += 1));
      return request;
    };
  }, SHOWN_KEY);
}

/** Every notification the page has asked to show, in order, across reloads. */
export const shownNotifications = (page: Page): Promise<ShownNotification[]> =>
  page.evaluate((key) => JSON.parse(sessionStorage.getItem(key) ?? '[]'), SHOWN_KEY);

/** How many banners appeared, and plans were saved, since this document loaded. */
export const reminderProbe = (page: Page): Promise<{ banners: number; plans: number }> =>
  page.evaluate(
    () =>
      (window as unknown as { reminderProbe: { banners: number; plans: number } }).reminderProbe,
  );

/**
 * Moves the page's clock on to `when`, firing each timer due on the way once (as after the
 * device slept). A later reminder showing is then the sign every earlier check has run.
 */
export async function fastForwardTo(page: Page, when: Date): Promise<void> {
  const now = await page.evaluate(() => Date.now());
  await page.clock.fastForward(when.getTime() - now);
}
