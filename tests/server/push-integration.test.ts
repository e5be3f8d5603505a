import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import webpush from 'web-push';
import { startScheduler } from '../../src/server/scheduler';
import { allSubscriptions } from '../../src/server/subscription-store';
import { loadVapidKeys, type VapidKeys } from '../../src/server/vapid';
import { webPushSender } from '../../src/server/web-push-sender';
import { engines, useDatabase } from './support/engines';
import { startMockPushService, type MockPushService } from './support/mock-push-service';
import { registration } from './support/registrations';
import { listeningServer } from './support/test-server';

// Monday 23 November 2026 in Berlin: bedtime 23:00, wind-down 22:15.
const noon = Date.parse('2026-11-23T12:00+01:00');
const windDown = Date.parse('2026-11-23T22:15+01:00');
const bedtimeAt = Date.parse('2026-11-23T23:00+01:00');

describe.each(engines)('Web Push to a local push service, on %s', (engine) => {
  const database = useDatabase(engine);
  let vapid: VapidKeys;
  let push: MockPushService;
  let app: FastifyInstance;
  let url: string;
  beforeAll(async () => {
    vapid = await loadVapidKeys(database(), {});
    push = await startMockPushService(() => vapid.publicKey);
    ({ app, url } = await listeningServer(database(), vapid.publicKey, { now: () => noon }));
  });
  afterAll(async () => {
    await app.close();
    await push.close();
  });

  /** Registers one browser through the API, as the app will. */
  async function subscribe() {
    const browser = push.subscribe();
    const { endpoint, keys } = browser;
    const response = await fetch(`${url}/api/push/subscriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(registration({ endpoint, keys })),
    });
    expect(response.status).toBe(201);
    return browser;
  }

  /** Runs one scheduler look at `at` (real time moving on from there) until all is sent. */
  async function runAt(at: number) {
    const start = Date.now();
    const scheduler = startScheduler(
      {
        db: database(),
        push: webPushSender(vapid, push.agent),
        now: () => at + (Date.now() - start),
        retryBaseMs: 50,
      },
      false,
    );
    await scheduler.tick();
    await scheduler.idle();
    await scheduler.stop();
  }

  it('sends an encrypted, VAPID-signed reminder the browser can read', async () => {
    push.received.length = 0;
    const browser = await subscribe();
    await runAt(windDown);
    expect(push.problems).toEqual([]);
    expect(push.received).toEqual([
      expect.objectContaining({
        name: browser.name,
        payload: { kind: 'wind-down', at: windDown, bedtimeAt },
        urgency: 'high',
        topic: 'lull-reminder',
      }),
    ]);
    // The TTL is what is left of the 10-minute grace.
    expect(push.received[0].ttl).toBeGreaterThan(590);
    expect(push.received[0].ttl).toBeLessThanOrEqual(600);
    const [stored] = await allSubscriptions(database());
    expect(stored.next).toMatchObject({ kind: 'bedtime', at: bedtimeAt });
  });

  it('429 with Retry-After, then 503: retried until the push service takes it', async () => {
    push.received.length = 0;
    const browser = await subscribe();
    push.script(browser.name, { status: 429, headers: { 'Retry-After': '1' } }, { status: 503 });
    const started = Date.now();
    await runAt(windDown);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(push.problems).toEqual([]);
    expect(push.received.map((r) => r.payload)).toEqual([
      { kind: 'wind-down', at: windDown, bedtimeAt },
    ]);
  });

  it('410: the subscription is deleted', async () => {
    const browser = await subscribe();
    push.script(browser.name, { status: 410 });
    await runAt(windDown);
    expect(await allSubscriptions(database())).toEqual([]);
  });

  it('a redirect is never followed', async () => {
    push.received.length = 0;
    const browser = await subscribe();
    const elsewhere = push.subscribe();
    push.script(browser.name, { status: 307, headers: { Location: elsewhere.endpoint } });
    await runAt(windDown);
    expect(push.received).toEqual([]);
    const [stored] = await allSubscriptions(database());
    expect(stored.next).toMatchObject({ kind: 'bedtime' });
  });

  it('the push service checks the signature for real: a forged one is refused', async () => {
    const { endpoint, keys } = push.subscribe();
    push.problems.length = 0;
    const forged = { ...vapid, privateKey: webpush.generateVAPIDKeys().privateKey };
    const target = { endpoint, ...keys };
    await expect(webPushSender(forged, push.agent)(target, '{}', 60)).rejects.toMatchObject({
      statusCode: 400,
    });
    expect(push.problems).toEqual(['JWT signature does not verify']);
  });
});
