import { afterEach, describe, expect, it, vi } from 'vitest';
import ICAL from 'ical.js';
import { settingsSpec } from '../../../src/app/settings-schema';
import { createScheduleModel } from '../../../src/features/schedule/schedule-model';
import { setLocale, type Locale, type TranslationTable } from '../../../src/lib/messages';
import { settingsPart } from '../../../src/lib/settings/settings-access';
import { createSettingsModel } from '../../../src/lib/settings/settings-model';
import { freshStore } from '../../support/stores';

// Russian words of this test's own under the catalog's real keys: the test reads what the
// file carries, not the translators' wording.
const russian: TranslationTable = {
  'features/schedule/messages': {
    'calendar.summary': 'Сон',
    'calendar.description': 'Подготовка начинается за {lead} мин до сна. Из Lull.',
    'calendar.alarm': 'Пора готовиться: до сна {lead} мин.',
    'calendar.shareTitle': 'Расписание сна',
  },
};
const chinese: TranslationTable = {
  'features/schedule/messages': {
    'calendar.summary': '睡觉',
    'calendar.description': '睡前{lead}分钟开始放松。来自 Lull。',
    'calendar.alarm': '该放松了：{lead}分钟后睡觉。',
    'calendar.shareTitle': '作息表',
  },
};

/** The calendar file the schedule screen hands over in `locale`, as ical.js reads it. */
async function calendarIn(locale: Locale, table: TranslationTable) {
  const settings = createSettingsModel(
    settingsSpec,
    { settings: freshStore(), journal: freshStore() },
    { channel: null, debounceMs: 0 },
  );
  await settings.ready;
  const handOff = vi.fn(async (_name: string, _ics: string, _title: string) => 'shared' as const);
  const clock = { now: () => Date.parse('2026-11-23T20:00+01:00') };
  const model = createScheduleModel(settingsPart(settings), clock, () => 'Europe/Berlin', handOff);
  model.setLead(30);
  setLocale(locale, table);
  await model.addToCalendar();
  const [name, ics, title] = handOff.mock.calls[0];
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
  return { name, title, events };
}

describe('the calendar file in the app’s language', () => {
  afterEach(() => setLocale('en'));

  it.each([
    [
      'ru',
      russian,
      'Сон',
      'Подготовка начинается за 30 мин до сна. Из Lull.',
      'Пора готовиться: до сна 30 мин.',
    ],
    ['zh-Hans', chinese, '睡觉', '睡前30分钟开始放松。来自 Lull。', '该放松了：30分钟后睡觉。'],
  ] as const)(
    'in %s: summary, description and alarm text',
    async (locale, table, summary, description, alarm) => {
      const { name, events } = await calendarIn(locale, table);
      expect(name, 'the file name stays ASCII').toBe('lull-bedtime.ics');
      expect(events).toHaveLength(7);
      for (const event of events) {
        expect(event.getFirstPropertyValue('summary')).toBe(summary);
        expect(event.getFirstProperty('summary')?.getParameter('language')).toBe(locale);
        expect(event.getFirstPropertyValue('description')).toBe(description);
        const valarm = event.getFirstSubcomponent('valarm');
        expect(valarm?.getFirstPropertyValue('description')).toBe(alarm);
        expect(valarm?.getFirstProperty('description')?.getParameter('language')).toBe(locale);
      }
    },
  );

  it('shares under the title in the language', async () => {
    expect((await calendarIn('ru', russian)).title).toBe('Расписание сна');
  });
});
