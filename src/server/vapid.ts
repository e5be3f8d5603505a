import webpush from 'web-push';
import type { Database } from './db/database';

/** The server's VAPID identity (RFC 8292): push services check each message against it. */
export interface VapidKeys {
  publicKey: string;
  privateKey: string;
  subject: string;
}

/** Keys and subject from the environment, where an operator sets them. */
export interface VapidOverride {
  publicKey?: string;
  privateKey?: string;
  subject?: string;
}

// Push services want a contact; an operator should set VAPID_SUBJECT (docs-server.md).
const DEFAULT_SUBJECT = 'mailto:reminders@lull.invalid';
const LOCK = 4_173_002;

/**
 * The keys from the environment when both are set; else those stored in the database, made
 * on the first start. Under a lock, so instances starting together agree on one pair.
 */
export async function loadVapidKeys(db: Database, override: VapidOverride): Promise<VapidKeys> {
  const subject = override.subject || DEFAULT_SUBJECT;
  if (override.publicKey && override.privateKey)
    return { publicKey: override.publicKey, privateKey: override.privateKey, subject };
  if (override.publicKey || override.privateKey)
    throw new Error('Set both VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY, or neither.');
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
    const { rows } = await tx.query<{ value: string }>(
      "SELECT value FROM server_settings WHERE name = 'vapid'",
    );
    if (rows[0]) return { ...(JSON.parse(rows[0].value) as VapidKeys), subject };
    const keys = webpush.generateVAPIDKeys();
    await tx.query("INSERT INTO server_settings (name, value) VALUES ('vapid', $1)", [
      JSON.stringify(keys),
    ]);
    return { ...keys, subject };
  });
}

/**
 * Validates the keys early, with web-push's own checks, so a typo fails at start. (Not
 * setVapidDetails: the sender signs its own headers, and a global would be used besides.)
 */
export function checkVapidKeys(keys: VapidKeys): void {
  webpush.getVapidHeaders(
    'https://push.example',
    keys.subject,
    keys.publicKey,
    keys.privateKey,
    'aes128gcm',
  );
}
