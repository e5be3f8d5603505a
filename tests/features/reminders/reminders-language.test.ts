import { signal } from '@preact/signals';
import { afterEach, describe, expect, it } from 'vitest';
import { holdLocaleIn, setLocale, type Locale } from '../../../src/lib/messages';
import russian from '../../../src/features/reminders/messages.ru';
import { inWordsNow, snoozedReminder } from '../../../src/features/reminders/reminders-planning';
import { MINUTE, advance, setup, windDownId } from './fakes';

// As the app does (src/app/language.ts): the language in a signal, so a change re-plans.
holdLocaleIn(signal<Locale>('en'));
const inRussian = { 'features/reminders/messages': russian };

describe('reminders after a change of language', () => {
  afterEach(() => setLocale('en'));

  it('plans the service worker’s reminders again in the new words', async () => {
    const { store } = await setup({ start: '2026-11-23T21:00+01:00' });
    expect((await store.planned())[0]).toMatchObject({
      id: windDownId,
      title: 'Time to wind down',
    });
    setLocale('ru', inRussian);
    await advance(MINUTE);
    expect((await store.planned())[0]).toMatchObject({
      id: windDownId,
      title: 'Пора готовиться ко сну',
      body: 'Отход ко сну в 23:00. Приглушите свет, отложите экраны.',
      actions: [
        { action: 'start', title: 'Начать подготовку' },
        { action: 'snooze', title: 'Отложить на 10 мин' },
      ],
    });
  });

  it('words a snooze (and the banner) in the language spoken when it shows', () => {
    const bedtimeAt = Date.parse('2026-11-23T23:00+01:00');
    const snoozed = snoozedReminder(
      { type: 'snooze', id: windDownId, kind: 'wind-down', title: 'T', body: 'B', bedtimeAt },
      Date.parse('2026-11-23T22:20+01:00'),
    );
    setLocale('ru', inRussian);
    const shown = inWordsNow(snoozed, 'Europe/Berlin');
    expect([shown.title, shown.body, shown.url, shown.at]).toEqual([
      'Пора готовиться ко сну',
      'Отход ко сну в 23:00. Приглушите свет, отложите экраны.',
      '/routine',
      snoozed.at,
    ]);
  });
});
