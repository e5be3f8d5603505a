import { describe, it, expect, vi } from 'vitest';
import {
  base64UrlBytes,
  subscribeForPush,
  unsubscribePush,
} from '../../../src/lib/push/push-subscription';

const keyA = 'B' + 'A'.repeat(86);
const keyB = 'B' + 'Q'.repeat(86);

/** A subscription as PushManager gives one, made with `serverKey`. */
function fakeSubscription(endpoint: string, serverKey: string) {
  return {
    endpoint,
    options: { applicationServerKey: base64UrlBytes(serverKey).buffer, userVisibleOnly: true },
    toJSON: () => ({ endpoint, expirationTime: null, keys: { p256dh: 'p256dh', auth: 'auth' } }),
    unsubscribe: vi.fn(async () => true),
  } as unknown as PushSubscription & { unsubscribe: ReturnType<typeof vi.fn> };
}

/** A pushManager holding at most one subscription. */
function fakePushManager(existing: PushSubscription | null = null) {
  let current = existing;
  return {
    getSubscription: vi.fn(async () => current),
    subscribe: vi.fn(async (options: PushSubscriptionOptionsInit) => {
      const key = btoa(
        String.fromCharCode(...new Uint8Array(options.applicationServerKey as Uint8Array)),
      )
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '');
      current = fakeSubscription('https://fcm.googleapis.com/new', key);
      return current;
    }),
  } as unknown as PushManager & {
    subscribe: ReturnType<typeof vi.fn>;
    getSubscription: ReturnType<typeof vi.fn>;
  };
}

describe('subscribing for pushes', () => {
  it('decodes a base64url key to its 65 bytes', () => {
    expect(base64UrlBytes(keyA)).toHaveLength(65);
    expect(base64UrlBytes(keyA)[0]).toBe(0x04);
  });

  it('subscribes with visible notifications and the server’s key', async () => {
    const manager = fakePushManager();
    const target = await subscribeForPush(manager, keyA);
    expect(target).toEqual({
      endpoint: 'https://fcm.googleapis.com/new',
      keys: { p256dh: 'p256dh', auth: 'auth' },
    });
    const [options] = manager.subscribe.mock.calls[0];
    expect(options.userVisibleOnly).toBe(true);
    expect(options.applicationServerKey).toEqual(base64UrlBytes(keyA));
  });

  it('keeps a subscription made with the same key, replaces one made with another', async () => {
    const same = fakeSubscription('https://fcm.googleapis.com/same', keyA);
    const kept = fakePushManager(same);
    expect((await subscribeForPush(kept, keyA)).endpoint).toBe('https://fcm.googleapis.com/same');
    expect(kept.subscribe).not.toHaveBeenCalled();

    const old = fakeSubscription('https://fcm.googleapis.com/old', keyB);
    const replaced = fakePushManager(old);
    expect((await subscribeForPush(replaced, keyA)).endpoint).toBe(
      'https://fcm.googleapis.com/new',
    );
    expect(old.unsubscribe).toHaveBeenCalled();
  });

  it('unsubscribes what there is, and nothing when there is none', async () => {
    const existing = fakeSubscription('https://fcm.googleapis.com/x', keyA);
    await unsubscribePush(fakePushManager(existing));
    expect(existing.unsubscribe).toHaveBeenCalled();
    await expect(unsubscribePush(fakePushManager())).resolves.toBeUndefined();
  });
});
