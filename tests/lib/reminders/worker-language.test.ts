import { afterEach, describe, expect, it } from 'vitest';
import { setLocale, type Locale } from '../../../src/lib/messages';
import { showPushedReminder } from '../../../src/lib/reminders/push-reminder';
import { pushedReminderText } from '../../../src/lib/reminders/pushed-reminder';
import { openReminderStore, type StoredReminder } from '../../../src/lib/reminders/reminder-store';
import { inWordsOfNow, reminderWords } from '../../../src/lib/reminders/reminder-words';
import {
  reminderLocaleOf,
  speakReminderLanguage,
} from '../../../src/lib/reminders/worker-language';
import { freshStore } from '../../support/stores';

const zone = 'Europe/Berlin';
const windDownAt = Date.parse('2026-11-23T22:15+01:00');
const bedtimeAt = Date.parse('2026-11-23T23:00+01:00');
const stored = (language: unknown) => ({ version: 1, data: { appearance: { language } } });

describe('the service worker’s reminder language', () => {
  afterEach(() => setLocale('en'));

  it.each([
    [stored('ru'), ['en-US'], 'ru'],
    [stored('zh-Hans'), ['ru-RU'], 'zh-Hans'],
    [stored('en'), ['ru-RU'], 'en'],
    [stored('system'), ['zh-CN', 'en'], 'zh-Hans'],
    [stored('system'), ['fr-FR', 'ru'], 'ru'],
    [stored('klingon'), ['de-DE'], 'en'],
    [undefined, ['ru-RU'], 'ru'],
  ])('reads the setting %j on a device in %j as %s', (settings, device, locale) => {
    expect(reminderLocaleOf(settings, device)).toBe(locale);
  });

  it.each<[Locale, string, string, string, string]>([
    [
      'en',
      'Time to wind down',
      'Bedtime is at 11:00 PM. Lights low, screens away.',
      'Snooze 10 min',
      'Fill in last night?',
    ],
    [
      'ru',
      'Пора готовиться ко сну',
      'Отход ко сну в 23:00. Приглушите свет, отложите экраны.',
      'Отложить на 10 мин',
      'Заполнить прошлую ночь?',
    ],
    [
      'zh-Hans',
      '该开始睡前放松了',
      '就寝时间是23:00。调暗灯光，放下屏幕。',
      '10分钟后提醒',
      '填写昨晚的情况？',
    ],
  ])('words a reminder in %s', (locale, title, body, snooze, wakeTitle) => {
    speakReminderLanguage(locale);
    const words = reminderWords('wind-down', bedtimeAt, zone);
    expect([words.title, words.body, words.actions[1].title]).toEqual([title, body, snooze]);
    expect(reminderWords('wake', bedtimeAt, zone).title).toBe(wakeTitle);
  });

  it('words again a reminder planned in the old language', () => {
    const planned: StoredReminder = {
      id: 'wind-down@x',
      kind: 'wind-down',
      at: windDownAt,
      bedtimeAt,
      title: 'Time to wind down',
      body: 'Bedtime is at 11:00 PM. Lights low, screens away.',
      url: '/routine',
      actions: [{ action: 'snooze', title: 'Snooze 10 min' }],
      zone,
    };
    speakReminderLanguage('ru');
    expect(inWordsOfNow(planned, zone)).toEqual({
      ...planned,
      title: 'Пора готовиться ко сну',
      body: 'Отход ко сну в 23:00. Приглушите свет, отложите экраны.',
      actions: [{ action: 'snooze', title: 'Отложить на 10 мин' }],
    });
    const { bedtimeAt: _unknown, ...older } = planned;
    expect(inWordsOfNow(older, zone), 'no bedtime kept: its words stay').toEqual(older);
  });

  it('shows a pushed reminder in the stored language', async () => {
    const shown: string[] = [];
    const registration = {
      showNotification: async (title: string, options: NotificationOptions) =>
        void shown.push(title, options.body ?? ''),
    } as unknown as ServiceWorkerRegistration;
    speakReminderLanguage(reminderLocaleOf(stored('zh-Hans'), ['en']));
    const text = pushedReminderText({ kind: 'bedtime', at: bedtimeAt, bedtimeAt });
    await showPushedReminder(registration, openReminderStore(freshStore()), text, zone);
    expect(shown).toEqual(['该睡觉了', '关灯吧，今天的事留到明天再说。睡个好觉。']);
  });
});
