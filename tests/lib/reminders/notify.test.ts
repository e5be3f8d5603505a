import { describe, it, expect, vi } from 'vitest';
import {
  browserFamily,
  notificationPermission,
  reminderSupport,
  requestNotificationPermission,
} from '../../../src/lib/reminders/notify';
import {
  keepPeriodicRefresh,
  reminderRegistration,
} from '../../../src/lib/reminders/browser-notifier';

/** A window with only the features given: what each browser family really has. */
function fakeWindow(
  features: Record<string, unknown> = {},
  navigatorFeatures: Record<string, unknown> = {},
  standalone = false,
) {
  return {
    matchMedia: () => ({ matches: standalone }),
    navigator: { maxTouchPoints: 0, ...navigatorFeatures },
    ...features,
  } as unknown as Window;
}

class Registration {
  showNotification() {}
}
class SyncingRegistration extends Registration {
  get periodicSync() {
    return {};
  }
}
const notifications = (permission = 'default', maxActions?: number) => ({
  Notification: { permission, maxActions, requestPermission: async () => permission },
});

const chromium = () =>
  fakeWindow(
    {
      ...notifications('default', 2),
      ServiceWorkerRegistration: SyncingRegistration,
      onbeforeinstallprompt: null,
    },
    { serviceWorker: {}, userAgentData: {} },
  );
const firefox = () =>
  fakeWindow(
    { ...notifications(), ServiceWorkerRegistration: Registration, mozInnerScreenX: 0 },
    { serviceWorker: {} },
  );
const macSafari = () =>
  fakeWindow(
    { ...notifications(), ServiceWorkerRegistration: Registration, GestureEvent: class {} },
    { serviceWorker: {} },
  );
// iOS Safari in a tab: no Notification at all until Lull is on the Home Screen.
const iosTab = () =>
  fakeWindow(
    { ServiceWorkerRegistration: Registration, GestureEvent: class {} },
    { serviceWorker: {}, standalone: false, maxTouchPoints: 5 },
  );

describe('what this browser can do, from its features', () => {
  it('tells the browser families apart without the user agent', () => {
    expect(browserFamily(chromium())).toBe('chromium');
    expect(browserFamily(firefox())).toBe('firefox');
    expect(browserFamily(macSafari())).toBe('safari');
    expect(browserFamily(iosTab())).toBe('ios');
    expect(browserFamily(fakeWindow())).toBe('other');
  });

  it('Chromium: notifications with buttons, and periodic sync', () => {
    expect(reminderSupport(chromium())).toEqual({
      notifications: true,
      actions: true,
      periodicSync: true,
      installed: false,
      family: 'chromium',
    });
  });

  it('Firefox and Safari: notifications without buttons or periodic sync', () => {
    for (const win of [firefox(), macSafari()])
      expect(reminderSupport(win)).toMatchObject({
        notifications: true,
        actions: false,
        periodicSync: false,
      });
  });

  it('iOS in a tab: no notifications; installed: the same checks say yes', () => {
    expect(reminderSupport(iosTab())).toMatchObject({
      notifications: false,
      installed: false,
      family: 'ios',
    });
    expect(notificationPermission(iosTab())).toBe('unsupported');
    const installed = fakeWindow(
      { ...notifications(), ServiceWorkerRegistration: Registration, GestureEvent: class {} },
      { serviceWorker: {}, standalone: true, maxTouchPoints: 5 },
      true,
    );
    expect(reminderSupport(installed)).toMatchObject({
      notifications: true,
      installed: true,
      family: 'ios',
    });
  });

  it('no service worker, no notifications', () => {
    const win = fakeWindow({ ...notifications(), ServiceWorkerRegistration: Registration });
    expect(reminderSupport(win).notifications).toBe(false);
  });
});

describe('the permission', () => {
  it('reads it, and asks for it by promise or, in old Safari, by callback', async () => {
    expect(notificationPermission(chromium())).toBe('default');
    const byPromise = fakeWindow({
      Notification: { permission: 'default', requestPermission: async () => 'granted' },
    });
    expect(await requestNotificationPermission(byPromise)).toBe('granted');
    const byCallback = fakeWindow({
      Notification: {
        permission: 'default',
        requestPermission: (callback: (answer: string) => void) => {
          setTimeout(() => callback('denied'), 0);
          return undefined;
        },
      },
    });
    expect(await requestNotificationPermission(byCallback)).toBe('denied');
    expect(await requestNotificationPermission(iosTab())).toBe('unsupported');
  });

  it('answers with the permission as it stands when asking throws', async () => {
    const win = fakeWindow({
      Notification: {
        permission: 'denied',
        requestPermission: () => {
          throw new TypeError('not allowed');
        },
      },
    });
    expect(await requestNotificationPermission(win)).toBe('denied');
  });
});

describe('the registration and the periodic refresh', () => {
  it('uses the active registration, and undefined without a service worker', async () => {
    const registration = { active: {} };
    const win = fakeWindow({}, { serviceWorker: { getRegistration: async () => registration } });
    expect(await reminderRegistration(win)).toBe(registration);
    expect(await reminderRegistration(fakeWindow())).toBeUndefined();
    const none = fakeWindow({}, { serviceWorker: { getRegistration: async () => undefined } });
    expect(await reminderRegistration(none)).toBeUndefined();
  });

  it('waits for an installing worker, but not for ever', async () => {
    const ready = { active: {} };
    const installing = fakeWindow(
      {},
      { serviceWorker: { getRegistration: async () => ({}), ready: Promise.resolve(ready) } },
    );
    expect(await reminderRegistration(installing)).toBe(ready);
    const stuck = fakeWindow(
      {},
      { serviceWorker: { getRegistration: async () => ({}), ready: new Promise(() => {}) } },
    );
    expect(await reminderRegistration(stuck, 5)).toBeUndefined();
  });

  it('registers every 12 hours only where the browser grants it, and removes it when off', async () => {
    const sync = { register: vi.fn(async () => {}), unregister: vi.fn(async () => {}) };
    const registration = { periodicSync: sync } as unknown as ServiceWorkerRegistration;
    const withPermission = (state: string) =>
      fakeWindow({}, { permissions: { query: async () => ({ state }) } });

    await keepPeriodicRefresh(registration, true, withPermission('denied'));
    expect(sync.register).not.toHaveBeenCalled();
    await keepPeriodicRefresh(registration, true, withPermission('granted'));
    expect(sync.register).toHaveBeenCalledWith('lull-reminders', { minInterval: 12 * 3_600_000 });
    await keepPeriodicRefresh(registration, false, withPermission('granted'));
    expect(sync.unregister).toHaveBeenCalledWith('lull-reminders');
  });

  it('does nothing where there is no periodic sync, and stays quiet when refused', async () => {
    const plain = {} as ServiceWorkerRegistration;
    await expect(keepPeriodicRefresh(plain, true, fakeWindow())).resolves.toBeUndefined();
    const refusing = {
      periodicSync: { register: async () => Promise.reject(new DOMException('no')) },
    } as unknown as ServiceWorkerRegistration;
    const granted = fakeWindow({}, { permissions: { query: async () => ({ state: 'granted' }) } });
    await expect(keepPeriodicRefresh(refusing, true, granted)).resolves.toBeUndefined();
  });
});
