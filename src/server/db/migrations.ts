import type { Database } from './database';

/**
 * The schema, one step per entry, never edited once released: a new need is a new step.
 * Instants are ms since the epoch (bigint), so both engines and JavaScript agree exactly.
 */
export const migrations: readonly string[] = [
  `CREATE TABLE server_settings (
     name text PRIMARY KEY,
     value text NOT NULL
   );
   CREATE TABLE push_subscriptions (
     id uuid PRIMARY KEY,
     secret_hash text NOT NULL,
     endpoint text NOT NULL UNIQUE,
     p256dh text NOT NULL,
     auth text NOT NULL,
     bedtimes jsonb NOT NULL,
     lead_minutes integer NOT NULL,
     wind_down boolean NOT NULL,
     bedtime boolean NOT NULL,
     time_zone text NOT NULL,
     language text NOT NULL,
     next_kind text,
     next_at bigint,
     next_bedtime_at bigint,
     claim_token uuid,
     claimed_at bigint,
     created_at bigint NOT NULL,
     updated_at bigint NOT NULL
   );
   CREATE INDEX push_subscriptions_due ON push_subscriptions (next_at)
     WHERE claim_token IS NULL;
   CREATE INDEX push_subscriptions_claimed ON push_subscriptions (claimed_at)
     WHERE claim_token IS NOT NULL;`,
];

// Any fixed number: the lock that keeps two instances from migrating at the same time.
const MIGRATION_LOCK = 4_173_001;

/** Brings the schema up to date, in one transaction, once across instances. */
export async function migrate(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY)');
    const { rows } = await tx.query<{ version: number }>(
      'SELECT coalesce(max(version), 0) AS version FROM schema_migrations',
    );
    for (let version = rows[0].version + 1; version <= migrations.length; version++) {
      await tx.exec(migrations[version - 1]);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
    }
  });
}
