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
 * Registers the service worker with the plain `navigator.serviceWorker` API (workbox-window did
 * the same in 3.2 KB more). Updates are looked for when the page becomes visible and hourly,
 * because browsers otherwise check only on navigation.
 */
export async function registerServiceWorker(url = '/sw.js'): Promise<ServiceWorkerBridge | null> {
  if (!('serviceWorker' in navigator)) return null;
  const container = navigator.serviceWorker;
  const updateListeners = new Set<() => void>();
  const takeOverListeners = new Set<() => void>();
  let waiting = false;
  let applying = false;
  // Only a page an older version served can be taken over; a first visit's is not.
  const hadController = Boolean(container.controller);
  container.addEventListener('controllerchange', () => {
    // Reload only once the new worker controls this page, so it loads the new files.
    if (applying) location.reload();
    else if (hadController) takeOverListeners.forEach((listener) => listener());
  });
  const announce = () => {
    waiting = true;
    updateListeners.forEach((listener) => listener());
  };

  // Registering waits for the page's load event, so it never competes with the page's own files.
  const loaded = new Promise((resolve) =>
    document.readyState === 'complete' ? resolve(0) : addEventListener('load', resolve),
  );
  const registration = loaded
    .then(() => container.register(url, { scope: '/', type: 'classic' }))
    .then((reg) => {
      // A version already waiting (another tab open, or a reload) is ready at once.
      if (reg.waiting) queueMicrotask(announce);
      reg.addEventListener('updatefound', () => {
        const installing = reg.installing;
        installing?.addEventListener('statechange', () => {
          // A worker that skips waiting as it installs passes through "installed" in a moment;
          // only one still waiting a little later is an update for the person to accept.
          if (installing.state === 'installed')
            setTimeout(() => reg.waiting === installing && announce(), 200);
        });
      });
      return reg;
    })
    .catch(() => undefined);
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
      void registration.then((reg) => reg?.waiting?.postMessage({ type: 'SKIP_WAITING' }));
    },
    onTakenOver: (listener) => void takeOverListeners.add(listener),
    reload: () => location.reload(),
    registration: async () => (await registration) ?? undefined,
  };
}
