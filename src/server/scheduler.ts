import { REMINDER_GRACE_MS } from '../lib/reminders/due';
import { claimDue, markDone, recoverStaleClaims, releaseClaim, removeGone } from './claims';
import type { Database } from './db/database';
import { deliverReminder, type DeliveryOutcome, type PushFunction } from './push-delivery';
import type { StoredSubscription } from './subscription-row';

/** What the scheduler needs; the numbers have defaults fit for one small server. */
export interface SchedulerOptions {
  db: Database;
  push: PushFunction;
  now?: () => number;
  /** How often to look for due reminders. Reminders are set to the minute. */
  intervalMs?: number;
  /** How many sends may be under way at once, waits for a retry included. */
  concurrency?: number;
  retryBaseMs?: number;
  /** Told how each delivery ended: counts, never endpoints or keys. */
  onOutcome?: (outcome: DeliveryOutcome | 'stale') => void;
  onError?: (error: unknown) => void;
}

/** A running scheduler: `tick` looks once (tests), `stop` finishes what is being sent. */
export interface Scheduler {
  tick(): Promise<void>;
  stop(): Promise<void>;
  /** Resolves when nothing is being sent. */
  idle(): Promise<void>;
}

/**
 * Claims due reminders, sends each, then marks it and plans the next (claim, send, mark).
 * Several schedulers, in one process or many, may share one database.
 */
export function startScheduler(options: SchedulerOptions, autoStart = true): Scheduler {
  const { db, push, now = Date.now, intervalMs = 1000, concurrency = 100 } = options;
  const { retryBaseMs = 5000, onOutcome = () => undefined, onError = () => undefined } = options;
  const stopping = new AbortController();
  const inFlight = new Set<Promise<void>>();
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<void> = Promise.resolve();

  // A wait for a retry that a stop cuts short: false then, and the claim is given back.
  const sleep = (ms: number) =>
    new Promise<boolean>((resolve) => {
      if (stopping.signal.aborted) return resolve(false);
      const wait = setTimeout(() => resolve(true), ms);
      stopping.signal.addEventListener('abort', () => (clearTimeout(wait), resolve(false)), {
        once: true,
      });
    });

  async function handle(subscription: StoredSubscription): Promise<void> {
    const reminder = subscription.next!;
    if (now() - reminder.at > REMINDER_GRACE_MS) {
      // Due while no server ran: the app shows nothing stale either.
      onOutcome('stale');
      return markDone(db, subscription, now());
    }
    const context = { push, now, sleep, retryBaseMs };
    const outcome = await deliverReminder(subscription.target, reminder, context);
    onOutcome(outcome);
    if (outcome === 'gone') return removeGone(db, subscription);
    if (outcome === 'aborted') return releaseClaim(db, subscription);
    return markDone(db, subscription, now());
  }

  function track(subscription: StoredSubscription) {
    const work = handle(subscription).catch(onError);
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  }

  async function lookOnce(): Promise<void> {
    await recoverStaleClaims(db, now());
    while (!stopping.signal.aborted) {
      const room = concurrency - inFlight.size;
      if (room <= 0) return;
      const claimed = await claimDue(db, now(), room);
      claimed.forEach(track);
      if (claimed.length < room) return;
    }
  }

  const tick = () => {
    ticking = ticking.then(lookOnce).catch(onError);
    return ticking;
  };

  const loop = async () => {
    await tick();
    if (!stopping.signal.aborted) timer = setTimeout(loop, intervalMs);
  };
  if (autoStart) void loop();

  const idle = async () => {
    while (inFlight.size > 0) await Promise.all([...inFlight]);
  };

  return {
    tick,
    idle,
    async stop() {
      stopping.abort();
      clearTimeout(timer);
      await ticking;
      await idle();
    },
  };
}
