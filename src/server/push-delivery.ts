import { REMINDER_GRACE_MS } from '../lib/reminders/due';
import { pushedReminderText } from '../lib/reminders/pushed-reminder';
import type { DueReminder } from './reminder-plan';
import type { PushTarget } from './subscription-store';

/** Posts one encrypted message; rejects with `statusCode` (and `headers`) on a non-2xx answer. */
export type PushFunction = (
  target: PushTarget,
  payload: string,
  ttlSeconds: number,
) => Promise<unknown>;

/** How a delivery ended: each outcome has one rule for the subscription afterwards. */
export type DeliveryOutcome = 'sent' | 'gone' | 'failed' | 'expired' | 'aborted';

interface PushFailure {
  statusCode?: number;
  headers?: Record<string, string | string[] | undefined>;
}

/** Seconds or an HTTP date, as RFC 9110 allows; undefined when absent or unreadable. */
export function retryAfterMs(value: unknown, now: number): number | undefined {
  if (Array.isArray(value)) value = value[0];
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** 429, 5xx and network errors may pass; anything else will not get better by retrying. */
export const isRetryable = (statusCode: number | undefined) =>
  statusCode === undefined || statusCode === 429 || statusCode >= 500;

/** The wait before attempt `attempt` (1-based): doubling from `baseMs`, at least Retry-After. */
export function retryDelay(attempt: number, baseMs: number, retryAfter: number | undefined) {
  return Math.max(baseMs * 2 ** (attempt - 1), retryAfter ?? 0);
}

/** What a delivery needs around it: the clock, a wait that can be cut short, the base delay. */
export interface DeliveryContext {
  push: PushFunction;
  now: () => number;
  sleep: (ms: number) => Promise<boolean>;
  retryBaseMs: number;
}

/**
 * Sends one reminder: retries 429/5xx with backoff, honouring Retry-After, never past the
 * reminder's grace (the app's own 10 minutes), and tells the push service to hold it no longer
 * than what is left of the grace.
 */
export async function deliverReminder(
  target: PushTarget,
  reminder: DueReminder,
  context: DeliveryContext,
): Promise<DeliveryOutcome> {
  const deadline = reminder.at + REMINDER_GRACE_MS;
  // Which reminder it is, nothing about the person (src/lib/reminders/pushed-reminder.ts).
  const payload = pushedReminderText(reminder);
  for (let attempt = 1; ; attempt++) {
    const now = context.now();
    if (now >= deadline) return 'expired';
    try {
      await context.push(target, payload, Math.max(1, Math.floor((deadline - now) / 1000)));
      return 'sent';
    } catch (error) {
      const { statusCode, headers } = (error ?? {}) as PushFailure;
      if (statusCode === 404 || statusCode === 410) return 'gone';
      if (!isRetryable(statusCode)) return 'failed';
      const wait = retryDelay(
        attempt,
        context.retryBaseMs,
        retryAfterMs(headers?.['retry-after'], now),
      );
      if (context.now() + wait >= deadline) return 'failed';
      if (!(await context.sleep(wait))) return 'aborted';
    }
  }
}
