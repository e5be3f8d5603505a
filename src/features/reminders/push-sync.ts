import { signal } from '@preact/signals';
import { PushApiError, type PushSchedule } from '../../lib/push/push-api';
import type { PushClient } from '../../lib/push/push-client';
import type { PushStore } from '../../lib/push/push-store';
import type { PermissionState } from '../../lib/reminders/notifier';
import { oneAtATime } from '../../lib/reminders/one-at-a-time';

/** Whether push reminders can be offered: unknown until the server answered (or did not). */
export type PushAvailability = 'unknown' | 'none' | 'available';

/** What went wrong last time, for a calm line under the toggle; the choice is kept. */
export type PushProblem = 'unreachable' | 'refused' | 'subscribe';

/** What the push rules need (the reminders model hands them over; tests pass fakes). */
export interface PushSyncDeps {
  client: PushClient;
  store: PushStore;
  permission: () => PermissionState;
  /** Asks for the notification permission: only from the person's tap. */
  request: () => Promise<PermissionState>;
  /** The schedule as it stands now, in the device's time zone. */
  schedule: () => PushSchedule;
  /** How long a change waits for the next one before it is sent (typing a time). */
  debounceMs?: number;
}

const problemOf = (error: unknown): PushProblem =>
  error instanceof PushApiError
    ? error.problem === 'refused'
      ? 'refused'
      : 'unreachable'
    : 'subscribe';

/**
 * Keeps Lull's server in step with this device: registers when the person turns push reminders
 * on, sends the schedule again (PUT) when it, the reminders or the time zone changed, deletes
 * the record and unsubscribes when they turn it off. A failure changes nothing that was chosen:
 * the same step is tried again on the next change or when the page shows.
 */
export function createPushSync(deps: PushSyncDeps) {
  const { client, store, debounceMs = 1500 } = deps;
  const availability = signal<PushAvailability>('unknown');
  const on = signal(false);
  const problem = signal<PushProblem | null>(null);
  let publicKey = '';
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function knowServer(): Promise<boolean> {
    if (availability.peek() === 'unknown') {
      const key = await client.serverKey();
      if (key.kind === 'server') publicKey = key.publicKey;
      if (key.kind !== 'unreachable')
        availability.value = key.kind === 'server' ? 'available' : 'none';
    }
    return availability.peek() === 'available';
  }

  async function step(): Promise<void> {
    const registration = await store.registration();
    if (!(await store.wanted())) {
      if (registration) {
        await client.remove(registration);
        await store.clearRegistration();
      }
      return;
    }
    if (deps.permission() !== 'granted') return;
    const body = { subscription: await client.subscribe(publicKey), ...deps.schedule() };
    const json = JSON.stringify(body);
    if (registration && json === (await store.sent())) return;
    try {
      if (registration)
        return void (await client.update(registration, body), await store.setSent(json));
    } catch (error) {
      // The server no longer knows this device (the push service said it was gone): again.
      if (!(error instanceof PushApiError) || error.problem !== 'gone') throw error;
    }
    await store.setRegistration(await client.register(body));
    await store.setSent(json);
  }

  const sync = oneAtATime(async () => {
    clearTimeout(timer);
    on.value = await store.wanted();
    if (!(await knowServer()) || !client.canPush) return;
    try {
      await step();
      problem.value = null;
    } catch (error) {
      problem.value = problemOf(error);
    }
  });

  return {
    availability,
    canPush: client.canPush,
    /** The person's choice: push reminders on for this device. */
    on,
    problem,
    /** Brings the server up to date now (start, the page shown again). */
    sync,
    /** The schedule or reminders changed: sent once the changes pause. */
    changed() {
      clearTimeout(timer);
      timer = setTimeout(() => void sync(), debounceMs);
    },
    /** Turns push reminders on: asks for the permission first when it was never asked. */
    async turnOn(): Promise<void> {
      const permission = deps.permission() === 'default' ? await deps.request() : deps.permission();
      if (permission !== 'granted') return;
      on.value = true;
      await store.setWanted(true);
      await sync();
    },
    /** Turns them off: no more pushes to this device, and the server forgets it. */
    async turnOff(): Promise<void> {
      on.value = false;
      await store.setWanted(false);
      await client.unsubscribe().catch(() => undefined);
      await sync();
    },
    dispose: () => clearTimeout(timer),
  };
}

/** The push rules' interface. */
export type PushSync = ReturnType<typeof createPushSync>;
