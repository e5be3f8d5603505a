import { afterEach, describe, it, expect, vi } from 'vitest';
import { createPushSync } from '../../../src/features/reminders/push-sync';
import { pushScheduleOf } from '../../../src/features/reminders/push-schedule';
import { PushApiError, type ServerKey } from '../../../src/lib/push/push-api';
import type { PushClient } from '../../../src/lib/push/push-client';
import { openPushStore } from '../../../src/lib/push/push-store';
import type { PermissionState } from '../../../src/lib/reminders/notifier';
import { freshStore } from '../../support/stores';

const id = '0b6c2a4e-9d1f-4c43-8a4b-2f0e6d5c7a18';
const secret = 's'.repeat(43);
const target = { endpoint: 'https://fcm.googleapis.com/x', keys: { p256dh: 'p', auth: 'a' } };
const night = { bedtime: '23:00', wake: '07:00' };
const schedule = (bedtime = '23:00') => ({
  sameEveryDay: true,
  everyNight: { ...night, bedtime },
  nights: { mon: night, tue: night, wed: night, thu: night, fri: night, sat: night, sun: night },
  leadMinutes: 45,
});

/** A client that records the calls the rules make; `fail` makes the next API call fail. */
function fakeClient(key: ServerKey = { kind: 'server', publicKey: 'KEY' }) {
  const calls: string[] = [];
  let fail: PushApiError | null = null;
  const api = (name: string) => {
    calls.push(name);
    const error = fail;
    fail = null;
    if (error) throw error;
  };
  const client: PushClient = {
    canPush: true,
    serverKey: async () => key,
    subscribe: async () => (calls.push('subscribe'), target),
    unsubscribe: async () => void calls.push('unsubscribe'),
    register: async (body) => (api(`POST ${body.bedtimes.mon}`), { id, secret }),
    update: async (_, body) => api(`PUT ${body.bedtimes.mon} ${body.timeZone}`),
    remove: async () => api('DELETE'),
  };
  return {
    client,
    calls,
    failNext: (problem: PushApiError['problem']) => (fail = new PushApiError(problem)),
  };
}

function setup(key?: ServerKey, permission: PermissionState = 'default') {
  const fake = fakeClient(key);
  const store = openPushStore(freshStore('push'));
  const world = {
    permission,
    bedtime: '23:00',
    zone: 'Europe/Berlin',
    answer: 'granted' as PermissionState,
  };
  const sync = createPushSync({
    client: fake.client,
    store,
    permission: () => world.permission,
    request: vi.fn(async () => (world.permission = world.answer)),
    schedule: () =>
      pushScheduleOf(
        schedule(world.bedtime),
        { windDown: true, bedtime: false, wake: false },
        world.zone,
      ),
    debounceMs: 1000,
  });
  return { ...fake, store, sync, world };
}

afterEach(() => vi.useRealTimers());

describe('push reminders and Lull’s server', () => {
  it('are offered only where the server answers', async () => {
    const withServer = setup();
    await withServer.sync.sync();
    expect(withServer.sync.availability.value).toBe('available');
    const staticHost = setup({ kind: 'none' });
    await staticHost.sync.sync();
    expect(staticHost.sync.availability.value).toBe('none');
    expect(staticHost.calls).toEqual([]);
  });

  it('register on the tap, after the permission, with the schedule', async () => {
    const { sync, calls, store, world } = setup();
    await sync.sync();
    world.answer = 'denied';
    await sync.turnOn();
    expect(sync.on.value).toBe(false);
    expect(calls).toEqual([]);
    world.answer = 'granted';
    world.permission = 'default';
    await sync.turnOn();
    expect(sync.on.value).toBe(true);
    expect(calls).toEqual(['subscribe', 'POST 23:00']);
    expect(await store.registration()).toEqual({ id, secret });
  });

  it('send a changed schedule or time zone once, after the changes pause', async () => {
    const { sync, calls, world } = setup(undefined, 'granted');
    await sync.sync();
    await sync.turnOn();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    world.bedtime = '22:30';
    sync.changed();
    world.bedtime = '22:15';
    sync.changed();
    await vi.advanceTimersByTimeAsync(1000);
    vi.useRealTimers();
    await sync.sync();
    expect(calls.filter((call) => call.startsWith('PUT'))).toEqual(['PUT 22:15 Europe/Berlin']);
    // Nothing changed: nothing sent. A new time zone: sent.
    await sync.sync();
    world.zone = 'Asia/Tokyo';
    await sync.sync();
    expect(calls.filter((call) => call.startsWith('PUT'))).toEqual([
      'PUT 22:15 Europe/Berlin',
      'PUT 22:15 Asia/Tokyo',
    ]);
  });

  it('keep the choice through a failure and try again later', async () => {
    const { sync, calls, failNext, world } = setup(undefined, 'granted');
    await sync.sync();
    await sync.turnOn();
    failNext('unreachable');
    world.bedtime = '22:00';
    await sync.sync();
    expect(sync.problem.value).toBe('unreachable');
    expect(sync.on.value).toBe(true);
    await sync.sync();
    expect(sync.problem.value).toBeNull();
    expect(calls.filter((call) => call.startsWith('PUT'))).toEqual([
      'PUT 22:00 Europe/Berlin',
      'PUT 22:00 Europe/Berlin',
    ]);
  });

  it('register again when the server has forgotten this device', async () => {
    const { sync, calls, failNext, world } = setup(undefined, 'granted');
    await sync.sync();
    await sync.turnOn();
    failNext('gone');
    world.bedtime = '21:45';
    await sync.sync();
    expect(calls.filter((call) => /^(PUT|POST)/.test(call))).toEqual([
      'POST 23:00',
      'PUT 21:45 Europe/Berlin',
      'POST 21:45',
    ]);
    expect(sync.problem.value).toBeNull();
  });

  it('delete the record and unsubscribe when turned off, retrying a delete that failed', async () => {
    const { sync, calls, failNext, store } = setup(undefined, 'granted');
    await sync.sync();
    await sync.turnOn();
    failNext('unreachable');
    await sync.turnOff();
    expect(calls.slice(-2)).toEqual(['unsubscribe', 'DELETE']);
    expect(sync.problem.value).toBe('unreachable');
    expect(await store.registration()).toEqual({ id, secret });
    await sync.sync();
    expect(calls.at(-1)).toBe('DELETE');
    expect(await store.registration()).toBeNull();
    expect(sync.on.value).toBe(false);
  });
});
