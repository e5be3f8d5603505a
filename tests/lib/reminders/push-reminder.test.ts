import { afterEach, describe, expect, it, vi } from 'vitest';
import { t as pageWords } from '../../../src/features/reminders/messages';
import { reminderId } from '../../../src/lib/reminders/due';
import { showPushedReminder } from '../../../src/lib/reminders/push-reminder';
import { pushedReminderText, readPushedReminder } from '../../../src/lib/reminders/pushed-reminder';
import { openReminderStore, type StoredReminder } from '../../../src/lib/reminders/reminder-store';
import { t as workerWords } from '../../../src/lib/reminders/reminder-words';
import { freshStore } from '../../support/stores';

const windDownAt = Date.parse('2026-11-23T22:15+01:00');
const bedtimeAt = Date.parse('2026-11-23T23:00+01:00');
const zone = 'Europe/Berlin';
const pushed = pushedReminderText({ kind: 'wind-down', at: windDownAt, bedtimeAt });

/** A registration that records what it was asked to show. */
function fakeRegistration() {
  const shown: { title: string; options: NotificationOptions }[] = [];
  const registration = {
    showNotification: async (title: string, options: NotificationOptions) =>
      void shown.push({ title, options }),
  } as unknown as ServiceWorkerRegistration;
  return { registration, shown };
}

describe('a reminder pushed by the server', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is shown once, with the tag the page uses, in the page’s words', async () => {
    const store = openReminderStore(freshStore());
    const { registration, shown } = fakeRegistration();
    await showPushedReminder(registration, store, pushed, zone);
    await showPushedReminder(registration, store, pushed, zone);
    expect(shown).toHaveLength(1);
    expect(shown[0].title).toBe('Time to wind down');
    expect(shown[0].options.tag).toBe(reminderId('wind-down', windDownAt));
    expect(shown[0].options.body).toBe('Bedtime is at 11:00 PM. Lights low, screens away.');
    expect(shown[0].options.data).toEqual({
      url: '/routine',
      id: reminderId('wind-down', windDownAt),
      kind: 'wind-down',
      bedtimeAt,
    });
  });

  it('is not shown when the open app already showed it', async () => {
    const store = openReminderStore(freshStore());
    await store.claim(reminderId('wind-down', windDownAt));
    const { registration, shown } = fakeRegistration();
    await showPushedReminder(registration, store, pushed, zone);
    expect(shown).toEqual([]);
  });

  it('keeps what the page planned, worded in the language spoken now', async () => {
    vi.stubGlobal('Notification', { maxActions: 2 });
    const store = openReminderStore(freshStore());
    const planned: StoredReminder = {
      id: reminderId('wind-down', windDownAt),
      kind: 'wind-down',
      at: windDownAt,
      title: 'Planned title',
      body: 'Planned body',
      url: '/routine',
      actions: [{ action: 'snooze', title: 'Planned snooze' }],
    };
    await store.setPlanned([planned]);
    const { registration, shown } = fakeRegistration();
    await showPushedReminder(registration, store, pushed, zone);
    expect(shown.map((s) => [s.title, s.options.body])).toEqual([
      ['Time to wind down', 'Bedtime is at 11:00 PM. Lights low, screens away.'],
    ]);
    const { actions } = shown[0].options as { actions?: unknown };
    expect(actions, 'its own buttons, retitled').toEqual([
      { action: 'snooze', title: 'Snooze 10 min' },
    ]);
  });

  it('ignores pushes that are not reminders', async () => {
    const store = openReminderStore(freshStore());
    const { registration, shown } = fakeRegistration();
    for (const text of [undefined, '', 'hello', '{}', '{"kind":"nap","at":1,"bedtimeAt":1}'])
      await showPushedReminder(registration, store, text, zone);
    expect(shown).toEqual([]);
    expect(readPushedReminder('{"kind":"bedtime","at":-1,"bedtimeAt":1}')).toBeUndefined();
  });

  it('the worker’s words are the page’s words', () => {
    const keys = [
      'windDown.title',
      'bedtime.title',
      'bedtime.body',
      'wake.title',
      'wake.body',
      'action.start',
      'action.snooze',
    ] as const;
    for (const key of keys) expect(workerWords(key)).toBe(pageWords(key));
    expect(workerWords('windDown.body', { time: '23:00' })).toBe(
      pageWords('windDown.body', { time: '23:00' }),
    );
  });
});
