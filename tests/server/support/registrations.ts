import { randomBytes, createECDH } from 'node:crypto';
import { weekdays } from '../../../src/lib/schedule/schedule';
import type { RegistrationBody } from '../../../src/server/push-schemas';

/** A browser subscription on FCM with real-looking keys. */
export function fcmSubscription() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return {
    endpoint: `https://fcm.googleapis.com/fcm/send/${randomBytes(12).toString('base64url')}`,
    keys: {
      p256dh: ecdh.getPublicKey().toString('base64url'),
      auth: randomBytes(16).toString('base64url'),
    },
  };
}

/** A valid registration body: bedtime 23:00 every night, both reminders, Berlin. */
export function registration(
  subscription: RegistrationBody['subscription'] = fcmSubscription(),
  overrides: Partial<RegistrationBody> = {},
): RegistrationBody {
  return {
    subscription,
    bedtimes: Object.fromEntries(
      weekdays.map((night) => [night, '23:00']),
    ) as RegistrationBody['bedtimes'],
    leadMinutes: 45,
    reminders: { windDown: true, bedtime: true },
    timeZone: 'Europe/Berlin',
    language: 'en',
    ...overrides,
  };
}

/** The same body as the store's input. */
export const inputOf = (body: RegistrationBody) => ({
  target: { endpoint: body.subscription.endpoint, ...body.subscription.keys },
  bedtimes: body.bedtimes,
  leadMinutes: body.leadMinutes,
  choice: body.reminders,
  timeZone: body.timeZone,
  language: body.language,
});
