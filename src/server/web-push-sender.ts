import type { Agent } from 'node:https';
import webpush from 'web-push';
import type { PushFunction } from './push-delivery';
import type { VapidKeys } from './vapid';

/**
 * One Topic for every reminder (RFC 8030 5.4): a reminder the phone has not received yet is
 * replaced by the next one, so a phone that comes back online sees one reminder, not two.
 */
export const REMINDER_TOPIC = 'lull-reminder';

/**
 * Sends through `web-push`: aes128gcm encryption (RFC 8291), a VAPID JWT (RFC 8292),
 * Urgency high (a reminder at a set minute). web-push posts with https.request, which never
 * follows a redirect: a 3xx is an answer like any other. `agent` lets tests trust a local CA.
 */
export function webPushSender(vapid: VapidKeys, agent?: Agent): PushFunction {
  return (target, payload, ttlSeconds) =>
    webpush.sendNotification(
      { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
      payload,
      {
        vapidDetails: vapid,
        TTL: ttlSeconds,
        urgency: 'high',
        topic: REMINDER_TOPIC,
        timeout: 10_000,
        ...(agent ? { agent } : {}),
      },
    );
}
