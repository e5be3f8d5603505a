import { describe, expect, it } from 'vitest';
import { deliverReminder, retryAfterMs, type PushFunction } from '../../src/server/push-delivery';

const MINUTE = 60_000;
const target = { endpoint: 'https://fcm.googleapis.com/fcm/send/x', p256dh: 'p', auth: 'a' };
const reminder = { kind: 'wind-down' as const, at: 1_000_000, bedtimeAt: 1_000_000 + 45 * MINUTE };

/** A fake clock that a wait moves on, and a push that answers from a script. */
function harness(answers: (number | { statusCode: number; retryAfter?: string })[]) {
  let time = reminder.at;
  const calls: { at: number; ttl: number }[] = [];
  const waits: number[] = [];
  const push: PushFunction = async (_target, _payload, ttl) => {
    calls.push({ at: time, ttl });
    const answer = answers.shift() ?? 201;
    const { statusCode, retryAfter } = typeof answer === 'number' ? { statusCode: answer } : answer;
    if (statusCode >= 300)
      throw Object.assign(new Error('push failed'), {
        statusCode,
        headers: retryAfter ? { 'retry-after': retryAfter } : {},
      });
  };
  const sleep = async (ms: number) => {
    waits.push(ms);
    time += ms;
    return true;
  };
  const context = { push, now: () => time, sleep, retryBaseMs: 5000 };
  return { run: () => deliverReminder(target, reminder, context), calls, waits };
}

describe('delivery rules', () => {
  it('sent at once: TTL is the whole 10-minute grace', async () => {
    const h = harness([201]);
    expect(await h.run()).toBe('sent');
    expect(h.calls).toEqual([{ at: reminder.at, ttl: 600 }]);
  });

  it.each([404, 410])('%i: the subscription is gone', async (status) => {
    const h = harness([status]);
    expect(await h.run()).toBe('gone');
    expect(h.calls).toHaveLength(1);
  });

  it('429 and 5xx: retried with doubling waits, and a shorter TTL each time', async () => {
    const h = harness([503, 429, 500, 201]);
    expect(await h.run()).toBe('sent');
    expect(h.waits).toEqual([5000, 10_000, 20_000]);
    expect(h.calls.map((c) => c.ttl)).toEqual([600, 595, 585, 565]);
  });

  it('Retry-After in seconds is honoured when longer than the backoff', async () => {
    const h = harness([{ statusCode: 429, retryAfter: '120' }, 201]);
    expect(await h.run()).toBe('sent');
    expect(h.waits).toEqual([120_000]);
  });

  it('never retries past the grace: a Retry-After beyond it gives up', async () => {
    const h = harness([{ statusCode: 429, retryAfter: '900' }]);
    expect(await h.run()).toBe('failed');
    expect(h.calls).toHaveLength(1);
    expect(h.waits).toEqual([]);
  });

  it('gives up when the doubling waits reach the grace', async () => {
    const h = harness(Array(20).fill(503));
    expect(await h.run()).toBe('failed');
    const waited = h.waits.reduce((sum, ms) => sum + ms, 0);
    expect(waited).toBeLessThan(10 * MINUTE);
    expect(h.calls.length).toBe(h.waits.length + 1);
  });

  it.each([301, 400, 403, 413])('%i: not retried, the subscription kept', async (status) => {
    const h = harness([status]);
    expect(await h.run()).toBe('failed');
    expect(h.calls).toHaveLength(1);
  });

  it('a reminder already past its grace is not sent', async () => {
    const h = harness([]);
    const context = {
      push: async () => undefined,
      now: () => reminder.at + 10 * MINUTE,
      sleep: async () => true,
      retryBaseMs: 1,
    };
    expect(await deliverReminder(target, reminder, context)).toBe('expired');
    expect(h.calls).toHaveLength(0);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('30', 0)).toBe(30_000);
    expect(retryAfterMs('Thu, 01 Jan 1970 00:01:00 GMT', 0)).toBe(60_000);
    expect(retryAfterMs('soon', 0)).toBeUndefined();
    expect(retryAfterMs(undefined, 0)).toBeUndefined();
  });
});
