import { describe, it, expect, vi } from 'vitest';
import {
  deletePush,
  fetchServerKey,
  registerPush,
  updatePush,
  type Fetcher,
} from '../../../src/lib/push/push-api';
import { openPushStore } from '../../../src/lib/push/push-store';
import { freshStore } from '../../support/stores';

const publicKey = 'B' + 'A'.repeat(86);
const id = '0b6c2a4e-9d1f-4c43-8a4b-2f0e6d5c7a18';
const secret = 'a'.repeat(43);
const body = {
  subscription: { endpoint: 'https://fcm.googleapis.com/x', keys: { p256dh: 'p', auth: 'a' } },
  bedtimes: {
    mon: '23:00',
    tue: '23:00',
    wed: '23:00',
    thu: '23:00',
    fri: '23:30',
    sat: '00:15',
    sun: '23:00',
  },
  leadMinutes: 45,
  reminders: { windDown: true, bedtime: false },
  timeZone: 'Europe/Berlin',
  language: 'en' as const,
};

const answer = (status: number, json?: unknown, type = 'application/json') =>
  new Response(json === undefined ? null : typeof json === 'string' ? json : JSON.stringify(json), {
    status,
    headers: { 'content-type': type },
  });
const fake = (response: Response | Error) =>
  vi.fn<Fetcher>(async () => {
    if (response instanceof Error) throw response;
    return response;
  });

describe("the server's key", () => {
  it('is read from Lull’s server, on the same origin and with no redirects', async () => {
    const fetcher = fake(answer(200, { publicKey }));
    expect(await fetchServerKey(fetcher)).toEqual({ kind: 'server', publicKey });
    expect(fetcher).toHaveBeenCalledWith(
      '/api/push/key',
      expect.objectContaining({ credentials: 'same-origin', redirect: 'error' }),
    );
  });

  it('means no server on a static host: a 404, or index.html for every path', async () => {
    expect(await fetchServerKey(fake(answer(404, 'Not found', 'text/plain')))).toEqual({
      kind: 'none',
    });
    expect(await fetchServerKey(fake(answer(200, '<!doctype html>', 'text/html')))).toEqual({
      kind: 'none',
    });
    expect(await fetchServerKey(fake(answer(200, { publicKey: 'short' })))).toEqual({
      kind: 'none',
    });
  });

  it('is unknown while offline or the server is busy: asked again later', async () => {
    expect(await fetchServerKey(fake(new TypeError('Failed to fetch')))).toEqual({
      kind: 'unreachable',
    });
    expect(await fetchServerKey(fake(answer(503)))).toEqual({ kind: 'unreachable' });
  });
});

describe('registering, updating and deleting', () => {
  it('posts the body and keeps only a well-formed id and secret', async () => {
    const fetcher = fake(answer(201, { id, secret }));
    expect(await registerPush(fetcher, body)).toEqual({ id, secret });
    const [path, init] = fetcher.mock.calls[0];
    expect(path).toBe('/api/push/subscriptions');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual(body);
    await expect(registerPush(fake(answer(201, { id: 'x', secret })), body)).rejects.toMatchObject({
      problem: 'refused',
    });
  });

  it('puts and deletes with the secret as a bearer token', async () => {
    const fetcher = fake(answer(204));
    await updatePush(fetcher, { id, secret }, body);
    await deletePush(fetcher, { id, secret });
    expect(fetcher.mock.calls.map(([path, init]) => [path, init?.method])).toEqual([
      [`/api/push/subscriptions/${id}`, 'PUT'],
      [`/api/push/subscriptions/${id}`, 'DELETE'],
    ]);
    for (const [, init] of fetcher.mock.calls)
      expect(new Headers(init?.headers).get('authorization')).toBe(`Bearer ${secret}`);
  });

  it('tells an unknown id, a refusal and no answer apart', async () => {
    const put = (response: Response | Error) => updatePush(fake(response), { id, secret }, body);
    await expect(put(answer(404, { error: 'Not Found' }))).rejects.toMatchObject({
      problem: 'gone',
    });
    await expect(put(answer(400, { error: 'Bad Request' }))).rejects.toMatchObject({
      problem: 'refused',
    });
    await expect(put(answer(429))).rejects.toMatchObject({ problem: 'unreachable' });
    await expect(put(new TypeError('offline'))).rejects.toMatchObject({ problem: 'unreachable' });
    // Deleting what the server already forgot is done.
    await expect(deletePush(fake(answer(404)), { id, secret })).resolves.toBeUndefined();
  });
});

describe('the push store', () => {
  it('keeps the id and secret, and drops what does not look like them', async () => {
    const kv = freshStore('push');
    const store = openPushStore(kv);
    expect(await store.registration()).toBeNull();
    await store.setRegistration({ id, secret });
    expect(await store.registration()).toEqual({ id, secret });
    await kv.set('registration', { id, secret: 'short' });
    expect(await store.registration()).toBeNull();
    await store.setSent('{}');
    await store.clearRegistration();
    expect(await store.sent()).toBe('');
    expect(await store.wanted()).toBe(false);
    await store.setWanted(true);
    expect(await store.wanted()).toBe(true);
  });
});
