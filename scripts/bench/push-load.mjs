// Push load benchmark: 100,000 subscriptions over 30 time zones, 5,000 of them due in the
// same minute, sent by the real server (`src/server/main.ts`, its own process, on PGlite or
// BENCH_DATABASE_URL) to the tests' local push service, which checks each VAPID signature and
// decrypts each message. Reports sends per second, how late the last reminder arrived after
// its minute, and the server's peak memory. BENCH_SUBSCRIPTIONS and BENCH_DUE make it smaller.
//
// Prints one JSON object on the last line.
import { spawn } from 'node:child_process';
import { createECDH, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';
import webpush from 'web-push';

register();
const { openDatabase } = await import('../../src/server/db/database.ts');
const { registerSubscription } = await import('../../src/server/subscription-store.ts');
const { wallClockAt } = await import('../../src/lib/schedule/zoned-time.ts');
const { weekdays } = await import('../../src/lib/schedule/schedule.ts');
const { startMockPushService } = await import('../../tests/server/support/mock-push-service.ts');

const TOTAL = Number(process.env.BENCH_SUBSCRIPTIONS ?? 100_000);
const DUE = Number(process.env.BENCH_DUE ?? 5_000);
const LEAD = 30;
const MINUTE = 60_000;
const zones = [
  'UTC',
  'Europe/London',
  'Europe/Berlin',
  'Europe/Moscow',
  'Europe/Istanbul',
  'Africa/Cairo',
  'Africa/Lagos',
  'Africa/Nairobi',
  'Asia/Dubai',
  'Asia/Karachi',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Dhaka',
  'Asia/Bangkok',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Australia/Adelaide',
  'Australia/Sydney',
  'Pacific/Auckland',
  'Pacific/Chatham',
  'Pacific/Honolulu',
  'America/Anchorage',
  'America/Los_Angeles',
  'America/Denver',
  'America/Chicago',
  'America/New_York',
  'America/Halifax',
  'America/St_Johns',
  'America/Sao_Paulo',
  'Atlantic/Azores',
];

const hhmm = (minutes) => {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};
const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

const dir = mkdtempSync(join(tmpdir(), 'lull-push-bench-'));
const vapid = { ...webpush.generateVAPIDKeys(), subject: 'mailto:bench@example.org' };
const push = await startMockPushService(() => vapid.publicKey);
const certFile = join(dir, 'push-ca.pem');
writeFileSync(certFile, push.certificate);

const started = Date.now();
const databaseUrl = process.env.BENCH_DATABASE_URL;
const db = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir: join(dir, 'data') });
const spare = createECDH('prime256v1');
spare.generateKeys();

/** Stores subscriptions `from` to `to`, 1,000 to a transaction; `dueAt` picks the due ones' bedtime. */
async function seed(from, to, dueAt) {
  for (let batch = from; batch < to; batch += 1000)
    await db.transaction(async (tx) => {
      for (let i = batch; i < Math.min(to, batch + 1000); i++) {
        const timeZone = zones[i % zones.length];
        const due = i < DUE;
        const wall = wallClockAt(dueAt, timeZone);
        // Due ones: bedtime LEAD minutes after the due minute. Others: hours away from it.
        const bedtime = hhmm(wall.hour * 60 + wall.minute + (due ? LEAD : 120 + (i % 600)));
        const browser = due ? push.subscribe(`due-${i}`) : undefined;
        const target = browser
          ? { endpoint: browser.endpoint, ...browser.keys }
          : {
              endpoint: `${push.origin}/push/idle-${i}`,
              p256dh: spare.getPublicKey().toString('base64url'),
              auth: randomBytes(16).toString('base64url'),
            };
        const bedtimes = Object.fromEntries(weekdays.map((night) => [night, bedtime]));
        const choice = { windDown: true, bedtime: true };
        const plan = { target, bedtimes, leadMinutes: LEAD, choice, timeZone, language: 'en' };
        await registerSubscription(tx, plan, Date.now());
      }
    });
}

// The idle ones first, around an hour from now; then the due ones, all with their wind-down
// at one minute a little ahead (time for the server to start), each in its own zone.
await seed(DUE, TOTAL, Date.now() + 60 * MINUTE);
const dueAt = Math.ceil((Date.now() + 90_000 + DUE * 2) / MINUTE) * MINUTE;
await seed(0, DUE, dueAt);
const { rows } = await db.query(
  'SELECT count(*)::int AS n FROM push_subscriptions WHERE next_at = $1',
  [dueAt],
);
const planned = rows[0].n;
await db.close();
const seeded = Date.now();
console.error(
  `Seeded ${TOTAL} subscriptions in ${((seeded - started) / 1000).toFixed(0)} s; ${planned} due at ${new Date(dueAt).toISOString()}`,
);

const port = await freePort();
const server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
  env: {
    ...process.env,
    PORT: String(port),
    LULL_DATA_DIR: join(dir, 'data'),
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    VAPID_PUBLIC_KEY: vapid.publicKey,
    VAPID_PRIVATE_KEY: vapid.privateKey,
    VAPID_SUBJECT: vapid.subject,
    LULL_PUSH_HOSTS: '127.0.0.1:*',
    NODE_EXTRA_CA_CERTS: certFile,
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const peakRssMB = () => {
  try {
    const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
  } catch {
    return NaN;
  }
};

// Wait for every due reminder, or the end of their grace.
let peak = 0;
while (push.received.length < planned && Date.now() < dueAt + 10 * MINUTE) {
  await new Promise((resolve) => setTimeout(resolve, 250));
  peak = Math.max(peak, peakRssMB() || 0);
}
const times = push.received.map((r) => r.receivedAt).sort((a, b) => a - b);
server.kill('SIGTERM');
await new Promise((resolve) => server.once('exit', resolve));
await push.close();
rmSync(dir, { recursive: true, force: true });

const last = times.at(-1) ?? NaN;
const result = {
  subscriptions: TOTAL,
  due: planned,
  received: push.received.length,
  problems: push.problems.length,
  // From the due minute to the last arrival: the scheduler's one-second look included.
  sendsPerSecond: times.length / Math.max(0.001, (last - dueAt) / 1000),
  firstLatenessMs: (times[0] ?? NaN) - dueAt,
  lastLatenessMs: last - dueAt,
  serverPeakRssMB: peak,
  seedSeconds: (seeded - started) / 1000,
};
console.log(JSON.stringify(result));
process.exit(result.received === planned && result.problems === 0 ? 0 : 1);
