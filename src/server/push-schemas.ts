import { weekdays } from '../lib/schedule/schedule';

/** The languages the app ships or is about to: a reminder's words are chosen by it. */
export const pushLanguages = ['en', 'ru', 'zh-Hans'] as const;

const clockTime = { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' } as const;

const subscription = {
  type: 'object',
  additionalProperties: false,
  required: ['endpoint', 'keys'],
  properties: {
    endpoint: { type: 'string', minLength: 10, maxLength: 2048 },
    // Browsers add this field (null) to the JSON of a subscription; accepted and ignored.
    expirationTime: { type: ['number', 'null'] },
    keys: {
      type: 'object',
      additionalProperties: false,
      required: ['p256dh', 'auth'],
      properties: {
        p256dh: { type: 'string', pattern: '^[A-Za-z0-9_-]{87}=?$' },
        auth: { type: 'string', pattern: '^[A-Za-z0-9_-]{22}(==)?$' },
      },
    },
  },
} as const;

/** The body of a registration (POST) and of an update (PUT): the same whole record. */
export const registrationBody = {
  type: 'object',
  additionalProperties: false,
  required: ['subscription', 'bedtimes', 'leadMinutes', 'reminders', 'timeZone', 'language'],
  properties: {
    subscription,
    bedtimes: {
      type: 'object',
      additionalProperties: false,
      required: [...weekdays],
      properties: Object.fromEntries(weekdays.map((night) => [night, clockTime])),
    },
    // The app's own range (features/schedule/schedule-settings.ts).
    leadMinutes: { type: 'integer', minimum: 10, maximum: 120 },
    reminders: {
      type: 'object',
      additionalProperties: false,
      required: ['windDown', 'bedtime'],
      properties: { windDown: { type: 'boolean' }, bedtime: { type: 'boolean' } },
    },
    timeZone: { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_+\\-/]+$' },
    language: { type: 'string', enum: pushLanguages },
  },
} as const;

/** The body as the route receives it, once the schema has passed it. */
export interface RegistrationBody {
  subscription: { endpoint: string; keys: { p256dh: string; auth: string } };
  bedtimes: Record<(typeof weekdays)[number], string>;
  leadMinutes: number;
  reminders: { windDown: boolean; bedtime: boolean };
  timeZone: string;
  language: (typeof pushLanguages)[number];
}

/** The id in /api/push/subscriptions/:id. */
export const subscriptionParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', format: 'uuid' } },
} as const;

/** The secret, sent as "Authorization: Bearer <secret>". */
export const secretHeaders = {
  type: 'object',
  required: ['authorization'],
  properties: { authorization: { type: 'string', pattern: '^Bearer [A-Za-z0-9_-]{43}$' } },
} as const;

/** Answers carry one shape for every error: what went wrong, in a sentence. */
export const errorReply = {
  type: 'object',
  properties: { error: { type: 'string' }, message: { type: 'string' } },
} as const;

// A pattern's regex means little to a person reading an error: say what the value must be.
const patternMeanings: [RegExp, string][] = [
  [/^\/bedtimes\/(\w+)$/, 'bedtimes.$1 must be a time "HH:MM" from 00:00 to 23:59.'],
  [/\/p256dh$/, 'subscription.keys.p256dh must be 87 base64url characters (65 bytes).'],
  [/\/auth$/, 'subscription.keys.auth must be 22 base64url characters (16 bytes).'],
  [/^\/timeZone$/, 'timeZone must be an IANA time zone name, such as "Europe/Berlin".'],
  [/^\/authorization$/, 'The Authorization header must be "Bearer " and the 43-character secret.'],
];

/** A clearer sentence for a failed `pattern` check, or undefined to keep Ajv's own. */
export function patternMessage(keyword: string, instancePath: string): string | undefined {
  if (keyword !== 'pattern') return undefined;
  for (const [path, meaning] of patternMeanings) {
    const match = path.exec(instancePath);
    if (match) return meaning.replace('$1', match[1]);
  }
  return undefined;
}
