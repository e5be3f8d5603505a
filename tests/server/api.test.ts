import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { allSubscriptions } from '../../src/server/subscription-store';
import { loadVapidKeys } from '../../src/server/vapid';
import { engines, useDatabase } from './support/engines';
import { fcmSubscription, registration } from './support/registrations';
import { listeningServer } from './support/test-server';

const noon = Date.parse('2026-11-23T12:00+01:00');

describe.each(engines)('reminder API on %s', (engine) => {
  const database = useDatabase(engine);
  let app: FastifyInstance;
  let url: string;
  let publicKey: string;
  beforeAll(async () => {
    publicKey = (await loadVapidKeys(database(), {})).publicKey;
    ({ app, url } = await listeningServer(database(), publicKey, { now: () => noon }));
  });
  afterAll(() => app.close());

  const send = (method: string, path: string, body?: unknown, secret?: string) =>
    fetch(url + path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(secret ? { authorization: `Bearer ${secret}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('GET /api/push/key: the key made on first start, the same on the next', async () => {
    const response = await send('GET', '/api/push/key');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ publicKey });
    expect((await loadVapidKeys(database(), {})).publicKey).toBe(publicKey);
    expect(publicKey).toMatch(/^B[\w-]{86}$/);
  });

  it('the environment overrides the stored keys', async () => {
    const keys = await loadVapidKeys(database(), {
      publicKey: 'pub',
      privateKey: 'priv',
      subject: 'mailto:a@b.c',
    });
    expect(keys).toEqual({ publicKey: 'pub', privateKey: 'priv', subject: 'mailto:a@b.c' });
  });

  it('registers, updates with the secret, deletes with it, and only with it', async () => {
    const created = await send('POST', '/api/push/subscriptions', registration());
    expect(created.status).toBe(201);
    const { id, secret } = (await created.json()) as { id: string; secret: string };
    expect(secret).toMatch(/^[\w-]{43}$/);
    let [stored] = await allSubscriptions(database());
    expect(stored.next).toMatchObject({
      kind: 'wind-down',
      at: Date.parse('2026-11-23T22:15+01:00'),
    });
    // Only a hash of the secret is kept.
    const { rows } = await database().query('SELECT * FROM push_subscriptions');
    expect(JSON.stringify(rows)).not.toContain(secret);

    const { endpoint, p256dh, auth } = stored.target;
    const later = registration(
      { endpoint, keys: { p256dh, auth } },
      { reminders: { windDown: false, bedtime: true } },
    );
    const wrong = 'x'.repeat(43);
    expect((await send('PUT', `/api/push/subscriptions/${id}`, later, wrong)).status).toBe(404);
    expect((await send('PUT', `/api/push/subscriptions/${id}`, later, secret)).status).toBe(204);
    [stored] = await allSubscriptions(database());
    expect(stored.next).toMatchObject({ kind: 'bedtime' });

    expect((await send('DELETE', `/api/push/subscriptions/${id}`, undefined, wrong)).status).toBe(
      404,
    );
    expect((await send('DELETE', `/api/push/subscriptions/${id}`, undefined, secret)).status).toBe(
      204,
    );
    expect(await allSubscriptions(database())).toEqual([]);
    expect((await send('DELETE', `/api/push/subscriptions/${id}`, undefined, secret)).status).toBe(
      404,
    );
  });

  it('the same endpoint registered again replaces the old record', async () => {
    const subscription = fcmSubscription();
    await send('POST', '/api/push/subscriptions', registration(subscription));
    await send('POST', '/api/push/subscriptions', registration(subscription, { leadMinutes: 30 }));
    const stored = await allSubscriptions(database());
    expect(stored.map((s) => s.leadMinutes)).toEqual([30]);
  });

  it('serves the app: unknown paths get index.html, each file its cache rule', async () => {
    const page = await send('GET', '/routine');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Lull</title>');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    for (const path of ['/', '/sw.js', '/manifest.webmanifest'])
      expect((await send('GET', path)).headers.get('cache-control')).toBe('no-cache');
    const asset = await send('GET', '/assets/index-abc123.js');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const api = await send('GET', '/api/nothing');
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ message: 'There is no GET /api/nothing.' });
  });

  it('limits each address: past the limit, 429 with a reason', async () => {
    const limited = await listeningServer(database(), publicKey, { rateLimitPerMinute: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(`${limited.url}/api/push/key`)).status);
    const refused = await fetch(`${limited.url}/api/push/key`);
    await limited.app.close();
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(await refused.json()).toMatchObject({ message: expect.stringMatching(/rate limit/i) });
  });
});
