import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { allSubscriptions } from '../../src/server/subscription-store';
import { engines, useDatabase } from './support/engines';
import { malformedRequests } from './support/malformed';
import { registration } from './support/registrations';
import { listeningServer } from './support/test-server';

describe.each(engines)('300 malformed requests on %s', (engine) => {
  const database = useDatabase(engine);
  let app: FastifyInstance;
  let url: string;
  beforeAll(async () => {
    ({ app, url } = await listeningServer(database(), 'B-test-key'));
  });
  afterAll(() => app.close());

  it('each gets a 4xx with a clear message; nothing is stored; the server keeps serving', async () => {
    const requests = malformedRequests();
    expect(requests).toHaveLength(300);
    const wrong: string[] = [];
    for (const request of requests) {
      const response = await fetch(url + request.path, {
        method: request.method,
        headers: request.headers,
        body: request.body === '' && request.method === 'DELETE' ? undefined : request.body,
      });
      const text = await response.text();
      let message = '';
      try {
        message = (JSON.parse(text) as { message?: string }).message ?? '';
      } catch {
        // Not JSON: counted as wrong below.
      }
      const clear = message.length >= 10 && message.length <= 300;
      if (response.status < 400 || response.status >= 500 || !clear)
        wrong.push(`${request.name}: ${response.status} ${text.slice(0, 120)}`);
    }
    expect(wrong).toEqual([]);
    expect(await allSubscriptions(database())).toEqual([]);
    const good = await fetch(`${url}/api/push/subscriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(registration()),
    });
    expect(good.status).toBe(201);
  });
});
