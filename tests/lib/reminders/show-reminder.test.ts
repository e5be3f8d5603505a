import { afterEach, describe, it, expect, vi } from 'vitest';
import type { StoredReminder } from '../../../src/lib/reminders/reminder-store';
import {
  isAppPath,
  maxNotificationActions,
  readNotificationData,
  showReminder,
} from '../../../src/lib/reminders/show-reminder';
import { readReminderMessage } from '../../../src/lib/reminders/worker-messages';

const reminder: StoredReminder = {
  id: 'wind-down@2026-11-23T21:15:00.000Z',
  kind: 'wind-down',
  at: Date.parse('2026-11-23T21:15:00.000Z'),
  title: 'Time to wind down',
  body: 'Bedtime is at 23:00. Lights low, screens away.',
  url: '/routine',
  actions: [
    { action: 'start', title: 'Start wind-down' },
    { action: 'snooze', title: 'Snooze 10 min' },
  ],
};

function fakeRegistration() {
  const calls: [string, NotificationOptions & { actions?: unknown }][] = [];
  const registration = {
    showNotification: vi.fn(async (title: string, options: NotificationOptions) => {
      calls.push([title, options]);
    }),
  } as unknown as ServiceWorkerRegistration;
  return { registration, calls };
}

afterEach(() => vi.unstubAllGlobals());

describe('showing a reminder', () => {
  it('goes through the registration, tagged with its id, opening /routine, with both buttons', async () => {
    vi.stubGlobal('Notification', { maxActions: 2 });
    const { registration, calls } = fakeRegistration();
    await showReminder(registration, reminder);
    expect(calls).toHaveLength(1);
    const [title, options] = calls[0];
    expect(title).toBe('Time to wind down');
    expect(options).toMatchObject({
      body: reminder.body,
      tag: reminder.id,
      data: { url: '/routine', id: reminder.id, kind: 'wind-down' },
      timestamp: reminder.at,
      actions: [
        { action: 'start', title: 'Start wind-down' },
        { action: 'snooze', title: 'Snooze 10 min' },
      ],
    });
  });

  it('gives only as many buttons as the browser shows, and none where it shows none', async () => {
    vi.stubGlobal('Notification', { maxActions: 1 });
    const one = fakeRegistration();
    await showReminder(one.registration, reminder);
    expect(one.calls[0][1].actions).toEqual([{ action: 'start', title: 'Start wind-down' }]);

    vi.stubGlobal('Notification', {});
    const none = fakeRegistration();
    await showReminder(none.registration, reminder);
    expect(none.calls[0][1]).not.toHaveProperty('actions');
    expect(maxNotificationActions({})).toBe(0);
  });
});

describe('reading what comes back from a notification or the worker', () => {
  it('accepts app paths only', () => {
    expect(isAppPath('/routine')).toBe(true);
    expect(isAppPath('/')).toBe(true);
    for (const bad of ['//evil.example', 'https://evil.example/', 'routine', '/a?b', 3, null])
      expect(isAppPath(bad), String(bad)).toBe(false);
  });

  it("reads a reminder's notification data, and nothing else", () => {
    const data = { url: '/routine', id: 'x', kind: 'bedtime' };
    expect(readNotificationData(data)).toEqual(data);
    expect(readNotificationData({ ...data, url: '//evil.example' })).toBeUndefined();
    expect(readNotificationData({ ...data, kind: 'alarm' })).toBeUndefined();
    expect(readNotificationData(null)).toBeUndefined();
  });

  it("reads the worker's messages, and nothing else", () => {
    expect(readReminderMessage({ type: 'open', path: '/routine' })).toEqual({
      type: 'open',
      path: '/routine',
    });
    expect(readReminderMessage({ type: 'open', path: 'https://evil.example' })).toBeUndefined();
    const snooze = { type: 'snooze', id: 'x', kind: 'wind-down', title: 'T', body: 'B' };
    expect(readReminderMessage(snooze)).toEqual(snooze);
    expect(readReminderMessage({ ...snooze, title: 3 })).toBeUndefined();
    expect(readReminderMessage({ type: 'SKIP_WAITING' })).toBeUndefined();
    expect(readReminderMessage('open')).toBeUndefined();
  });
});
