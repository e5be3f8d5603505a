import type { Workbox } from 'workbox-window';

/** What the page knows about the service worker. */
export interface ServiceWorkerBridge {
  /** Called when a new version is installed and waiting for the person's yes. */
  onUpdateReady(listener: () => void): void;
  /** Activates the waiting version and reloads into it. Only ever called on the person's yes. */
  applyUpdate(): void;
  /**
   * Called when a new version took over this page because the person said yes in another tab:
   * this page runs the old version, whose lazily loaded files the new one no longer keeps.
   */
  onTakenOver(listener: () => void): void;
  /** Reloads the page into the version now in charge. */
  reload(): void;
  /** The active registration, once there is one (reminders use it to show notifications). */
  registration(): Promise<ServiceWorkerRegistration | undefined>;
}

const HOUR = 60 * 60 * 1000;

/**
 * Registers the service worker through workbox-window. Updates are looked for when the page
 * becomes visible and hourly, because browsers otherwise check only on navigation.
 */
export async function registerServiceWorker(url = '/sw.js'): Promise<ServiceWorkerBridge | null> {
  if (!('serviceWorker' in navigator)) return null;
  const { Workbox } = await import('workbox-window');
  const wb: Workbox = new Workbox(url, { scope: '/', type: 'classic' });
  const updateListeners = new Set<() => void>();
  const takeOverListeners = new Set<() => void>();
  let waiting = false;
  let applying = false;
  // Only a page an older version served can be taken over; a first visit's is not.
  const hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (hadController && !applying) takeOverListeners.forEach((listener) => listener());
  });

  wb.addEventListener('waiting', () => {
    waiting = true;
    updateListeners.forEach((listener) => listener());
  });

  const registration = wb.register().catch(() => undefined);
  const checkForUpdate = () =>
    void registration.then((reg) => reg?.update().catch(() => undefined));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') checkForUpdate();
  });
  setInterval(checkForUpdate, HOUR);

  return {
    onUpdateReady(listener) {
      updateListeners.add(listener);
      if (waiting) listener();
    },
    applyUpdate() {
      applying = true;
      // Reload only once the new worker controls this page, so it loads the new files.
      wb.addEventListener('controlling', () => location.reload());
      wb.messageSkipWaiting();
    },
    onTakenOver: (listener) => void takeOverListeners.add(listener),
    reload: () => location.reload(),
    registration: async () => (await registration) ?? undefined,
  };
}
