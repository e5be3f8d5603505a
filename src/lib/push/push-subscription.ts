// The browser's side of Web Push: the service worker registration's pushManager. Page-only.
import type { PushTargetJson } from './push-api';

/** The bytes of a base64url string (a VAPID key), as `applicationServerKey` takes them. */
export function base64UrlBytes(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

const sameBytes = (a: ArrayBuffer | null | undefined, b: Uint8Array) =>
  !!a && a.byteLength === b.length && new Uint8Array(a).every((byte, i) => byte === b[i]);

/** The subscription's JSON as the server takes it, or null when it lacks a part. */
export function targetOf(subscription: PushSubscription): PushTargetJson | null {
  const { endpoint, keys } = subscription.toJSON();
  if (!endpoint || !keys?.p256dh || !keys.auth) return null;
  return { endpoint, keys: { p256dh: keys.p256dh, auth: keys.auth } };
}

/**
 * This registration's push subscription for `publicKey`: the one it has, or a new one. One
 * made with another key (the server's keys were rotated) is replaced: pushes signed with the
 * new key would be refused for it.
 */
export async function subscribeForPush(
  pushManager: PushManager,
  publicKey: string,
): Promise<PushTargetJson> {
  const applicationServerKey = base64UrlBytes(publicKey);
  const existing = await pushManager.getSubscription();
  const existingKey = existing?.options?.applicationServerKey;
  if (existing && (!existingKey || sameBytes(existingKey, applicationServerKey))) {
    const target = targetOf(existing);
    if (target) return target;
  }
  await existing?.unsubscribe();
  const made = await pushManager.subscribe({ userVisibleOnly: true, applicationServerKey });
  const target = targetOf(made);
  if (!target) throw new Error('The push subscription has no keys.');
  return target;
}

/** Ends this registration's push subscription, if it has one. */
export async function unsubscribePush(pushManager: PushManager): Promise<void> {
  const existing = await pushManager.getSubscription();
  await existing?.unsubscribe();
}
