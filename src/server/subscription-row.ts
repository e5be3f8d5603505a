import type { ReminderKind } from '../lib/reminders/due';
import type { Bedtimes, DueReminder, ReminderPlan } from './reminder-plan';
import type { PushTarget } from './subscription-store';

/** A subscription as stored, with its next reminder and its claim, if one is being sent. */
export interface StoredSubscription extends ReminderPlan {
  id: string;
  target: PushTarget;
  language: string;
  next: DueReminder | null;
  claimToken: string | null;
}

/** A database row as the engines return it (bigint may come back as a string or a bigint). */
export function rowToSubscription(row: Record<string, unknown>): StoredSubscription {
  const instant = (value: unknown) => (value === null ? null : Number(value));
  const nextAt = instant(row.next_at);
  return {
    id: String(row.id),
    target: { endpoint: String(row.endpoint), p256dh: String(row.p256dh), auth: String(row.auth) },
    bedtimes: (typeof row.bedtimes === 'string'
      ? JSON.parse(row.bedtimes)
      : row.bedtimes) as Bedtimes,
    leadMinutes: Number(row.lead_minutes),
    choice: { windDown: Boolean(row.wind_down), bedtime: Boolean(row.bedtime) },
    timeZone: String(row.time_zone),
    language: String(row.language),
    next:
      nextAt === null
        ? null
        : {
            kind: row.next_kind as ReminderKind,
            at: nextAt,
            bedtimeAt: Number(row.next_bedtime_at),
          },
    claimToken: row.claim_token === null ? null : String(row.claim_token),
  };
}
