import { describe, expect, it } from 'vitest';
import webpush from 'web-push';
import { vapidAuthorization } from '../../src/server/web-push-sender';

const HOUR = 3_600_000;

describe('the VAPID header', () => {
  const vapid = { ...webpush.generateVAPIDKeys(), subject: 'mailto:ops@example.org' };

  it('is signed once per push service and renewed an hour before it ends', () => {
    let now = Date.parse('2026-11-23T12:00Z');
    const header = vapidAuthorization(vapid, () => now);
    const fcm = header('https://fcm.googleapis.com/fcm/send/a');
    expect(header('https://fcm.googleapis.com/fcm/send/b')).toBe(fcm);
    expect(header('https://web.push.apple.com/x')).not.toBe(fcm);
    now += 10.5 * HOUR;
    expect(header('https://fcm.googleapis.com/fcm/send/c')).toBe(fcm);
    now += 1 * HOUR;
    expect(header('https://fcm.googleapis.com/fcm/send/c')).not.toBe(fcm);
  });

  it('names the push service as its audience, and the server key', () => {
    const header = vapidAuthorization(vapid)('https://fcm.googleapis.com/fcm/send/a');
    const [, jwt, key] = /^vapid t=(\S+), k=(\S+)$/.exec(header)!;
    const claims = JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ aud: 'https://fcm.googleapis.com', sub: vapid.subject });
    expect(key).toBe(vapid.publicKey);
  });
});
