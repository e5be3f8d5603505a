import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Database, Queryable } from './db/database';
import { nextReminderFrom, type ReminderPlan } from './reminder-plan';
import { rowToSubscription, type StoredSubscription } from './subscription-row';

/** A browser's push subscription: where to post, and the keys to encrypt for it. */
export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** What a registration holds: where to push and the plan to push by. */
export interface SubscriptionInput extends ReminderPlan {
  target: PushTarget;
  language: string;
}

/** The answer to a registration: the id, and the secret that alone can change or delete it. */
export interface Registration {
  id: string;
  secret: string;
}

// The secret is 256 random bits, so one fast hash is enough: there is nothing to guess.
const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

const planColumns = (input: SubscriptionInput, now: number) => {
  const next = nextReminderFrom(input, now);
  return [
    input.target.endpoint,
    input.target.p256dh,
    input.target.auth,
    JSON.stringify(input.bedtimes),
    input.leadMinutes,
    input.choice.windDown,
    input.choice.bedtime,
    input.timeZone,
    input.language,
    next?.kind ?? null,
    next?.at ?? null,
    next?.bedtimeAt ?? null,
    now,
  ];
};

/**
 * Stores a subscription and plans its first reminder. The same endpoint registered again (the
 * app lost its secret) replaces the old record, so one browser never gets two reminders.
 */
export async function registerSubscription(
  db: Queryable,
  input: SubscriptionInput,
  now: number,
): Promise<Registration> {
  const id = randomUUID();
  const secret = randomBytes(32).toString('base64url');
  await db.query(
    `INSERT INTO push_subscriptions (endpoint, p256dh, auth, bedtimes, lead_minutes, wind_down,
       bedtime, time_zone, language, next_kind, next_at, next_bedtime_at, updated_at, id,
       secret_hash, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $13)
     ON CONFLICT (endpoint) DO UPDATE SET id = $14, secret_hash = $15, p256dh = $2, auth = $3,
       bedtimes = $4, lead_minutes = $5, wind_down = $6, bedtime = $7, time_zone = $8,
       language = $9, next_kind = $10, next_at = $11, next_bedtime_at = $12, updated_at = $13,
       created_at = $13, claim_token = NULL, claimed_at = NULL`,
    [...planColumns(input, now), id, hashSecret(secret)],
  );
  return { id, secret };
}

async function lockOwned(tx: Queryable, id: string, secret: string): Promise<boolean> {
  const { rows } = await tx.query<{ secret_hash: string }>(
    'SELECT secret_hash FROM push_subscriptions WHERE id = $1 FOR UPDATE',
    [id],
  );
  return rows.length === 1 && secretMatches(secret, rows[0].secret_hash);
}

/**
 * Replaces a subscription's plan (and its keys, when the browser renewed them); false when
 * the id is unknown or the secret wrong. Reminders already passed are not sent again: the next
 * one is planned from now, and a send in progress no longer moves it.
 */
export async function updateSubscription(
  db: Database,
  id: string,
  secret: string,
  input: SubscriptionInput,
  now: number,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (!(await lockOwned(tx, id, secret))) return false;
    await tx.query(
      `UPDATE push_subscriptions SET endpoint = $1, p256dh = $2, auth = $3, bedtimes = $4,
         lead_minutes = $5, wind_down = $6, bedtime = $7, time_zone = $8, language = $9,
         next_kind = $10, next_at = $11, next_bedtime_at = $12, updated_at = $13,
         claim_token = NULL, claimed_at = NULL
       WHERE id = $14`,
      [...planColumns(input, now), id],
    );
    return true;
  });
}

/** Deletes a subscription at once and for good; false when the id or secret is wrong. */
export async function deleteSubscription(
  db: Database,
  id: string,
  secret: string,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (!(await lockOwned(tx, id, secret))) return false;
    await tx.query('DELETE FROM push_subscriptions WHERE id = $1', [id]);
    return true;
  });
}

/** Every stored subscription (tests and the bench look at what is kept). */
export async function allSubscriptions(db: Queryable): Promise<StoredSubscription[]> {
  const { rows } = await db.query('SELECT * FROM push_subscriptions ORDER BY created_at');
  return rows.map(rowToSubscription);
}
