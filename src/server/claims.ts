import { REMINDER_GRACE_MS } from '../lib/reminders/due';
import type { Database, Queryable } from './db/database';
import { nextReminderFrom } from './reminder-plan';
import { rowToSubscription, type StoredSubscription } from './subscription-row';

/**
 * How long a claim holds before it counts as left by a crashed instance. Longer than a send
 * can take (it stops at the grace), so a live sender never loses its claim.
 */
export const CLAIM_LEASE_MS = REMINDER_GRACE_MS + 2 * 60_000;

/**
 * Claims up to `limit` subscriptions whose reminder is due at `now`. SKIP LOCKED lets several
 * instances claim at once, each a different set; a claimed row is never claimed again.
 */
export async function claimDue(
  db: Database,
  now: number,
  limit: number,
): Promise<StoredSubscription[]> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query(
      `WITH due AS (
         SELECT id FROM push_subscriptions
         WHERE claim_token IS NULL AND next_at <= $1
         ORDER BY next_at LIMIT $2
         FOR UPDATE SKIP LOCKED)
       UPDATE push_subscriptions s SET claim_token = gen_random_uuid(), claimed_at = $1
       FROM due WHERE s.id = due.id
       RETURNING s.*`,
      [now, limit],
    );
    return rows.map(rowToSubscription);
  });
}

/**
 * Marks a claimed reminder done (sent, or given up) and plans the next in the same statement:
 * a crash before this line leaves the claim, which recovery turns into exactly this. Nothing
 * happens if the person changed the subscription meanwhile (the claim is gone then).
 */
export async function markDone(
  db: Queryable,
  subscription: StoredSubscription,
  now: number,
): Promise<void> {
  if (!subscription.next || !subscription.claimToken) return;
  // The one after the reminder just handled, but none already past its grace.
  const from = Math.max(subscription.next.at + 1, now - REMINDER_GRACE_MS);
  const next = nextReminderFrom(subscription, from);
  await db.query(
    `UPDATE push_subscriptions
     SET next_kind = $3, next_at = $4, next_bedtime_at = $5, claim_token = NULL, claimed_at = NULL
     WHERE id = $1 AND claim_token = $2`,
    [
      subscription.id,
      subscription.claimToken,
      next?.kind ?? null,
      next?.at ?? null,
      next?.bedtimeAt ?? null,
    ],
  );
}

/** Gives a claim back unsent (the server stops while waiting to retry): sent by the next run. */
export async function releaseClaim(db: Queryable, subscription: StoredSubscription): Promise<void> {
  await db.query(
    'UPDATE push_subscriptions SET claim_token = NULL, claimed_at = NULL WHERE id = $1 AND claim_token = $2',
    [subscription.id, subscription.claimToken],
  );
}

/** Deletes a subscription its push service called gone (404/410), unless it got a new endpoint. */
export async function removeGone(db: Queryable, subscription: StoredSubscription): Promise<void> {
  await db.query('DELETE FROM push_subscriptions WHERE id = $1 AND endpoint = $2', [
    subscription.id,
    subscription.target.endpoint,
  ]);
}

/**
 * Claims left by an instance that stopped mid-send: the reminder may have gone out, so it is
 * not sent again (at most once), and the next one is planned as if it had.
 */
export async function recoverStaleClaims(db: Database, now: number): Promise<number> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query(
      `SELECT * FROM push_subscriptions WHERE claim_token IS NOT NULL AND claimed_at < $1
       LIMIT 500 FOR UPDATE SKIP LOCKED`,
      [now - CLAIM_LEASE_MS],
    );
    for (const row of rows) await markDone(tx, rowToSubscription(row), now);
    return rows.length;
  });
}
