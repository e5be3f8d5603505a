// Web Push for reminders, as the page sees it: the server's API and the browser's pushManager.
import { reminderRegistration } from '../reminders/browser-notifier';
import {
  deletePush,
  fetchServerKey,
  registerPush,
  updatePush,
  type Fetcher,
  type PushRegistration,
  type PushSchedule,
  type PushTargetJson,
  type ServerKey,
} from './push-api';
import { subscribeForPush, unsubscribePush } from './push-subscription';

/** Everything push reminders need from the network and the browser (tests pass a fake). */
export interface PushClient {
  /** This browser can receive pushes (PushManager and a service worker). */
  canPush: boolean;
  /** The server's key, 'none' on a static host, 'unreachable' when offline. */
  serverKey(): Promise<ServerKey>;
  /** This device's push subscription for `publicKey` (made if needed; needs the permission). */
  subscribe(publicKey: string): Promise<PushTargetJson>;
  unsubscribe(): Promise<void>;
  register(body: PushSchedule & { subscription: PushTargetJson }): Promise<PushRegistration>;
  update(
    registration: PushRegistration,
    body: PushSchedule & { subscription: PushTargetJson },
  ): Promise<void>;
  remove(registration: PushRegistration): Promise<void>;
}

/** True where this browser can receive pushes: PushManager and a service worker. */
export function pushSupported(win: Window = window): boolean {
  return 'PushManager' in win && 'serviceWorker' in win.navigator;
}

/**
 * A push client over `fetch` and `pushManager`. Where the browser cannot push it still asks
 * the server, so the app can say what would help (on iOS: Lull on the Home Screen).
 */
export function browserPushClient(
  win: Window = window,
  fetcher: Fetcher = (path, init) => win.fetch(path, init),
): PushClient {
  const pushManager = async () => {
    const registration = await reminderRegistration(win);
    if (!registration?.pushManager) throw new Error('No service worker to receive pushes.');
    return registration.pushManager;
  };
  return {
    canPush: pushSupported(win),
    serverKey: () => fetchServerKey(fetcher),
    subscribe: async (publicKey) => subscribeForPush(await pushManager(), publicKey),
    unsubscribe: async () => unsubscribePush(await pushManager()),
    register: (body) => registerPush(fetcher, body),
    update: (registration, body) => updatePush(fetcher, registration, body),
    remove: (registration) => deletePush(fetcher, registration),
  };
}
