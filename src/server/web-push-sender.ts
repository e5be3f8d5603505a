import { Agent } from 'node:https';
import webpush from 'web-push';
import type { PushFunction } from './push-delivery';
import type { VapidKeys } from './vapid';

/**
 * One Topic for every reminder (RFC 8030 5.4): a reminder the phone has not received yet is
 * replaced by the next one, so a phone that comes back online sees one reminder, not two.
 */
export const REMINDER_TOPIC = 'lull-reminder';

const HOUR_MS = 3_600_000;
// A VAPID JWT may live up to 24 h (RFC 8292); signing one costs more than encrypting a message
// (web-push converts the key in plain JavaScript each time), so one per push service is kept
// for 12 h and renewed an hour before it ends.
const JWT_LIFETIME_MS = 12 * HOUR_MS;

/** The Authorization header for one push service origin, signed once and reused. */
export function vapidAuthorization(vapid: VapidKeys, now: () => number = Date.now) {
  const cache = new Map<string, { header: string; expiresAt: number }>();
  return (endpoint: string): string => {
    const audience = new URL(endpoint).origin;
    const cached = cache.get(audience);
    if (cached && cached.expiresAt - now() > HOUR_MS) return cached.header;
    const expiresAt = now() + JWT_LIFETIME_MS;
    const { Authorization } = webpush.getVapidHeaders(
      audience,
      vapid.subject,
      vapid.publicKey,
      vapid.privateKey,
      'aes128gcm',
      Math.floor(expiresAt / 1000),
    );
    cache.set(audience, { header: String(Authorization), expiresAt });
    return String(Authorization);
  };
}

/**
 * Sends through `web-push`: aes128gcm encryption (RFC 8291), a VAPID JWT (RFC 8292),
 * Urgency high (a reminder at a set minute). web-push posts with https.request, which never
 * follows a redirect: a 3xx is an answer like any other. Connections are kept open: at
 * bedtime many reminders go to the same few push services, and a TLS handshake each would be
 * most of the cost. `agent` lets tests trust a local CA.
 */
export function webPushSender(
  vapid: VapidKeys,
  agent: Agent = new Agent({ keepAlive: true, maxSockets: 64 }),
): PushFunction {
  const authorization = vapidAuthorization(vapid);
  return (target, payload, ttlSeconds) =>
    webpush.sendNotification(
      { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
      payload,
      {
        // No vapidDetails: the signed header is passed as it is (see vapidAuthorization).
        headers: { Authorization: authorization(target.endpoint) },
        TTL: ttlSeconds,
        urgency: 'high',
        topic: REMINDER_TOPIC,
        timeout: 10_000,
        agent,
      },
    );
}
