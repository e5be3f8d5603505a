import { beforeEach, describe, expect, it } from 'vitest';
import { CLAIM_LEASE_MS, claimDue, markDone } from '../../src/server/claims';
import type { Database } from '../../src/server/db/database';
import type { PushFunction } from '../../src/server/push-delivery';
import { startScheduler } from '../../src/server/scheduler';
import { allSubscriptions, registerSubscription } from '../../src/server/subscription-store';
import { engines, useDatabase } from './support/engines';
import { inputOf, registration } from './support/registrations';

const MINUTE = 60_000;
// Monday 23 November 2026, 12:00 in Berlin. Bedtime 23:00, lead 45: wind-down at 22:15.
const noon = Date.parse('2026-11-23T12:00+01:00');
const windDown = Date.parse('2026-11-23T22:15+01:00');
const bedtime = Date.parse('2026-11-23T23:00+01:00');

describe.each(engines)('scheduler on %s', (engine) => {
  const database = useDatabase(engine);
  let db: Database;
  beforeEach(() => {
    db = database();
  });

  const register = (count: number) =>
    Promise.all(
      Array.from({ length: count }, () => registerSubscription(db, inputOf(registration()), noon)),
    );

  it('two schedulers on one database send each due reminder exactly once', async () => {
    await register(120);
    const sends: string[] = [];
    const push: PushFunction = async (target) => {
      sends.push(target.endpoint);
      // A network round trip, so the two schedulers' claims overlap in time.
      await new Promise((resolve) => setTimeout(resolve, 2));
    };
    const options = { db, push, now: () => windDown + 1000, concurrency: 25 };
    const [a, b] = [startScheduler(options, false), startScheduler(options, false)];
    // Both look at once, again and again, until every wind-down is sent.
    for (let round = 0; round < 100 && sends.length < 120; round++) {
      await Promise.all([a.tick(), b.tick()]);
      await Promise.all([a.idle(), b.idle()]);
    }
    await Promise.all([a.stop(), b.stop()]);
    expect(sends).toHaveLength(120);
    expect(new Set(sends).size).toBe(120);
    const stored = await allSubscriptions(db);
    expect(stored.every((s) => s.next?.kind === 'bedtime' && s.next.at === bedtime)).toBe(true);
    expect(stored.every((s) => s.claimToken === null)).toBe(true);
  });

  it('a crash mid-send neither sends again nor loses the next reminder', async () => {
    await register(1);
    // An instance claims the wind-down and dies before marking it.
    const [claimed] = await claimDue(db, windDown, 10);
    expect(claimed.next?.kind).toBe('wind-down');
    const sends: number[] = [];
    const push: PushFunction = async (_target, payload) => {
      sends.push(JSON.parse(payload).at);
    };
    // Another instance, before the lease ends: leaves the claim alone.
    let time = windDown + MINUTE;
    const survivor = startScheduler({ db, push, now: () => time }, false);
    await survivor.tick();
    expect(sends).toEqual([]);
    // After the lease: the claim is recovered as sent, and bedtime is still planned and sent.
    time = windDown + CLAIM_LEASE_MS + 1;
    await survivor.tick();
    expect((await allSubscriptions(db))[0].next).toMatchObject({ kind: 'bedtime', at: bedtime });
    time = bedtime + 1000;
    await survivor.tick();
    await survivor.stop();
    expect(sends).toEqual([bedtime]);
  });

  it('the mark plans the next reminder in the same statement, once', async () => {
    await register(1);
    const [claimed] = await claimDue(db, windDown, 10);
    await markDone(db, claimed, windDown);
    await markDone(db, claimed, windDown);
    expect((await allSubscriptions(db))[0].next).toMatchObject({ kind: 'bedtime', at: bedtime });
  });

  it('404 and 410 delete the subscription; other failures keep it and move on', async () => {
    await register(3);
    const answers = [410, 404, 400];
    const push: PushFunction = async () => {
      throw Object.assign(new Error('no'), { statusCode: answers.shift(), headers: {} });
    };
    const scheduler = startScheduler({ db, push, now: () => windDown }, false);
    await scheduler.tick();
    await scheduler.stop();
    const kept = await allSubscriptions(db);
    expect(kept).toHaveLength(1);
    expect(kept[0].next?.kind).toBe('bedtime');
  });

  it('a reminder missed while no server ran is skipped, not sent late', async () => {
    await register(1);
    const sends: string[] = [];
    const push: PushFunction = async (_t, payload) => void sends.push(payload);
    const scheduler = startScheduler({ db, push, now: () => windDown + 11 * MINUTE }, false);
    await scheduler.tick();
    await scheduler.stop();
    expect(sends).toEqual([]);
    expect((await allSubscriptions(db))[0].next).toMatchObject({ kind: 'bedtime', at: bedtime });
  });

  it('a stop during a retry wait gives the claim back unsent', async () => {
    await register(1);
    const push: PushFunction = async () => {
      throw Object.assign(new Error('busy'), { statusCode: 503, headers: {} });
    };
    const scheduler = startScheduler({ db, push, now: () => windDown, retryBaseMs: 60_000 }, false);
    await scheduler.tick();
    await scheduler.stop();
    const [stored] = await allSubscriptions(db);
    expect(stored.claimToken).toBeNull();
    expect(stored.next).toMatchObject({ kind: 'wind-down', at: windDown });
  });
});
