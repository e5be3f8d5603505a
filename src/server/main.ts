// `npm start`: the built app and the reminder API on one port, reminders sent by Web Push.
import { buildServer } from './app';
import { readConfig } from './config';
import { openDatabase } from './db/database';
import { startScheduler } from './scheduler';
import { checkVapidKeys, loadVapidKeys } from './vapid';
import { webPushSender } from './web-push-sender';

const config = readConfig(process.env);
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
const vapid = await loadVapidKeys(db, config.vapid);
checkVapidKeys(vapid);
// Only a server other machines can reach sends to real push services for real people: there, the
// contact matters. On this machine alone (npm start) the note would only be noise.
const loopback = /^(127\.|localhost$|::1$)/.test(config.host);
if (!config.vapid.subject && !loopback)
  console.warn('VAPID_SUBJECT is not set: push services want a contact (mailto: or https:).');

const app = await buildServer({ ...config, db, publicKey: vapid.publicKey, log: true });
const scheduler = startScheduler({
  db,
  push: webPushSender(vapid),
  onOutcome: (outcome) => app.log.info({ outcome }, 'reminder'),
  onError: (error) => app.log.error({ error: String(error) }, 'scheduler error'),
});
const address = await app.listen({ host: config.host, port: config.port });
console.log(`Lull is serving on ${address} (${config.databaseUrl ? 'PostgreSQL' : 'PGlite'})`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing the reminders being sent, then stopping`);
  // No new claims; sends under way finish; waits for a retry give their claim back.
  await scheduler.stop();
  await app.close();
  await db.close();
  process.exit(0);
}
process.once('SIGTERM', () => void stop('SIGTERM'));
process.once('SIGINT', () => void stop('SIGINT'));
