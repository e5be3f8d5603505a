import { spawn, type ChildProcess } from 'node:child_process';
import { createECDH, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { test as base, expect, distDir, waitForServiceWorker } from './support/fixtures';

// The push service host the test's subscription names: the server accepts it only because
// LULL_PUSH_HOSTS says so, and never reaches it (no reminder falls due during the test).
const PUSH_HOST = 'push.lull.test';

interface LullServer {
  url: string;
  dataDir: string;
  /** Stops the server (SIGTERM, as an operator would), so its PGlite folder can be read. */
  stop(): Promise<void>;
}

/** Lull's own server (`npm run serve`) on 127.0.0.1, a free port and a fresh PGlite folder. */
async function startLullServer(): Promise<LullServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'lull-data-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      LULL_DATA_DIR: dataDir,
      LULL_DIST_DIR: distDir,
      LULL_PUSH_HOSTS: PUSH_HOST,
      LULL_RATE_LIMIT: '1000',
      VAPID_SUBJECT: 'mailto:tests@lull.invalid',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const address = /Lull is serving on (http:\/\/\S+)/.exec(output)?.[1];
      if (address) resolve(address);
    });
    child.once('exit', (code) => reject(new Error(`The server stopped (${code}): ${output}`)));
  });
  let stopped = false;
  return {
    url,
    dataDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const test = base.extend<{ lull: LullServer }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as the first argument.
  lull: async ({}, use) => {
    const lull = await startLullServer();
    await use(lull);
    await lull.stop();
    await rm(lull.dataDir, { recursive: true, force: true });
  },
  // The browser opens Lull's server instead of the static one.
  server: async ({ lull }, use) => {
    await use({ url: lull.url, setRoot: () => undefined, close: async () => undefined });
  },
});

/** A subscription as a push service would give it: an endpoint and real-looking keys. */
function mockSubscription() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return {
    endpoint: `https://${PUSH_HOST}/send/${randomBytes(12).toString('base64url')}`,
    keys: {
      p256dh: ecdh.getPublicKey().toString('base64url'),
      auth: randomBytes(16).toString('base64url'),
    },
  };
}

test('push reminders: registered on the tap, updated when the bedtime changes', async ({
  page,
  context,
  lull,
}) => {
  // A first start of the server runs PGlite's initdb, and the test stops and reads it at the end.
  test.setTimeout(120_000);
  const subscription = mockSubscription();
  // Chromium's real subscribe talks to its push service (FCM), which the test machine cannot
  // reach: this one call answers with a mock subscription instead. Everything else is real.
  await context.addInitScript((json) => {
    PushManager.prototype.subscribe = async function (options) {
      return {
        endpoint: json.endpoint,
        expirationTime: null,
        options: { userVisibleOnly: true, applicationServerKey: options?.applicationServerKey },
        getKey: () => null,
        toJSON: () => ({ ...json, expirationTime: null }),
        unsubscribe: async () => true,
      } as unknown as PushSubscription;
    };
  }, subscription);
  await context.grantPermissions(['notifications']);
  await page.goto('/schedule');
  await waitForServiceWorker(page);

  const registered = page.waitForResponse(
    (response) =>
      response.url().endsWith('/api/push/subscriptions') && response.request().method() === 'POST',
  );
  await page.getByLabel('Remind me even when Lull is closed').check();
  expect((await registered).status()).toBe(201);
  await expect(
    page.getByText('A notification at each reminder, sent by Lull’s server.'),
  ).toBeVisible();

  // The id and secret are kept in IndexedDB, and the server knows them.
  const stored = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lull-push');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const value = await new Promise<unknown>((resolve, reject) => {
      const request = db.transaction('keyval').objectStore('keyval').get('registration');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return value as { id: string; secret: string };
  });
  expect(stored.id).toMatch(/^[0-9a-f-]{36}$/);

  const updated = page.waitForRequest(
    (request) =>
      request.url().endsWith(`/api/push/subscriptions/${stored.id}`) && request.method() === 'PUT',
  );
  await page.getByLabel('Bedtime').fill('22:30');
  const put = await updated;
  expect((await put.response())?.status()).toBe(204);
  const body = put.postDataJSON();
  expect(body.bedtimes.mon).toBe('22:30');
  expect(body.timeZone).toBe(
    await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone),
  );

  // The stored secret opens the record: the same update from outside the page is accepted.
  const again = await fetch(`${lull.url}/api/push/subscriptions/${stored.id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${stored.secret}` },
    body: JSON.stringify(body),
  });
  expect(again.status).toBe(204);

  // What the server holds, read from its PGlite folder once it has stopped.
  await lull.stop();
  const db = await PGlite.create(lull.dataDir);
  try {
    const { rows } = await db.query(
      'SELECT endpoint, bedtimes, lead_minutes, time_zone, language FROM push_subscriptions',
    );
    expect(rows).toEqual([
      {
        endpoint: subscription.endpoint,
        bedtimes: expect.objectContaining({ mon: '22:30', sun: '22:30' }),
        lead_minutes: 45,
        time_zone: body.timeZone,
        language: 'en',
      },
    ]);
  } finally {
    await db.close();
  }
});
