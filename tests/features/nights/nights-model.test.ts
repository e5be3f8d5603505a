import { describe, it, expect } from 'vitest';
import { locales, setLocale } from '../../../src/lib/messages';
import { settingsSpec } from '../../../src/app/settings-schema';
import { createNightsModel } from '../../../src/features/nights/nights-model';
import { chartHours } from '../../../src/features/nights/night-rows';
import { diaryToCsv } from '../../../src/lib/diary/diary-csv';
import type { NightEntry } from '../../../src/lib/diary/night-entry';
import { openDiaryStore } from '../../../src/lib/diary/diary-store';
import { createSettingsModel } from '../../../src/lib/settings/settings-model';
import { settingsPart } from '../../../src/lib/settings/settings-access';
import { freshStore } from '../../support/stores';
import { aNight, nightsEnding } from '../../lib/diary/nights';

// Saturday morning in Berlin: last night is Friday 29 January.
const MORNING = Date.parse('2027-01-30T09:00:00+01:00');

/** The model over a diary holding `nights`, and damaged values under the keys `garbage`. */
async function setUp(nights: NightEntry[], garbage: string[] = []) {
  const store = freshStore('diary');
  const diary = openDiaryStore(store);
  for (const night of nights) await diary.save(night);
  for (const key of garbage) await store.set(key, { damaged: true });
  const asked: string[][] = [];
  const some = (keys: readonly string[]) => {
    asked.push([...keys]);
    return diary.some(keys);
  };
  const settings = createSettingsModel(
    settingsSpec,
    { settings: freshStore(), journal: freshStore() },
    { channel: null, debounceMs: 0 },
  );
  await settings.ready;
  settings.update('schedule.sameEveryDay', true);
  settings.update('schedule.everyNight', { bedtime: '22:30', wake: '06:30' });
  const saved: { name: string; type: string; contents: string }[] = [];
  const model = createNightsModel({
    diary: { all: diary.all, dates: diary.dates, some },
    settings: settingsPart(settings),
    clock: { now: () => MORNING },
    timeZone: () => 'Europe/Berlin',
    save: (name, type, contents) => saved.push({ name, type, contents }),
  });
  await model.load();
  return { model, saved, asked, settings };
}

describe('createNightsModel', () => {
  it('shows the 14 nights to last night: logged, unreadable and not logged', async () => {
    const nights = nightsEnding('2027-01-29', 3);
    const { model } = await setUp([nights[0], nights[2]], ['2027-01-28']);
    const rows = model.rows.value;
    expect(rows).toHaveLength(14);
    expect(rows[0].night).toBe('2027-01-16');
    expect(rows.map((row) => row.state).slice(-4)).toEqual([
      'missing',
      'logged',
      'unreadable',
      'logged',
    ]);
    const last = rows[13];
    expect(last.schedule).toEqual({ from: 22 * 60 + 30, to: 24 * 60 + 6 * 60 + 30 });
    expect(last.state === 'logged' && last).toMatchObject({
      figures: { timeInBed: 480, totalSleep: 415 },
      inBed: { from: 22 * 60 + 45, to: 24 * 60 + 6 * 60 + 45 },
      // Asleep from 23:00 plus the 20 minutes it took, to the final awakening at 06:30.
      asleep: { from: 23 * 60 + 20, to: 24 * 60 + 6 * 60 + 30 },
    });
    expect(chartHours(rows)).toEqual({ from: 21 * 60, to: 24 * 60 + 8 * 60 });
  });

  it('draws the schedule of each night on its own clock, past midnight too', async () => {
    const { model, settings } = await setUp([]);
    settings.update('schedule.sameEveryDay', false);
    settings.update('schedule.nights.fri', { bedtime: '00:30', wake: '08:00' });
    settings.update('schedule.nights.sat', { bedtime: '23:00', wake: '23:00' });
    const rows = model.rows.value;
    // Friday 29 January: into bed at 00:30 on Saturday, up at 08:00.
    expect(rows[13].schedule).toEqual({ from: 1440 + 30, to: 1440 + 8 * 60 });
    // Saturday 23 January: the same time for bed and waking is a whole day.
    expect(rows[7].schedule).toEqual({ from: 23 * 60, to: 1440 + 23 * 60 });
  });

  it('pages back by two weeks only while there are older nights, and the averages follow', async () => {
    const { model } = await setUp([
      aNight({ night: '2027-01-10' }),
      ...nightsEnding('2027-01-29', 7),
    ]);
    expect(model.summaries.value.map((s) => [s.from, s.to, s.nightsLogged])).toEqual([
      ['2027-01-23', '2027-01-29', 7],
      ['2027-01-16', '2027-01-29', 7],
    ]);
    expect(model.hasOlder.value).toBe(true);
    await model.older();
    expect(model.rows.value[0].night).toBe('2027-01-02');
    expect(model.rows.value.filter((row) => row.state === 'logged')).toHaveLength(1);
    expect(model.summaries.value[1]).toMatchObject({ to: '2027-01-15', nightsLogged: 1 });
    expect(model.hasOlder.value).toBe(false);
    await model.older();
    expect(model.pagesBack.value).toBe(1);
    model.newer();
    model.newer();
    expect(model.pagesBack.value).toBe(0);
  });

  it('reads only the nights it shows: the page, the last four weeks and the last 7 logged', async () => {
    // A year of nights, then a gap of ten weeks before the last three.
    const year = nightsEnding('2026-11-01', 365);
    const { model, asked } = await setUp([...year, ...nightsEnding('2027-01-29', 3)]);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toEqual([
      ...year.slice(-4).map((night) => night.night),
      '2027-01-27',
      '2027-01-28',
      '2027-01-29',
    ]);
    expect(model.doctorNote.value).toBeNull();
    expect(model.hasOlder.value).toBe(true);
    await model.older();
    expect(asked[1]).toEqual([]);
    expect(model.rows.value.every((row) => row.state === 'missing')).toBe(true);
  });

  it('finds patterns and the doctor note in the latest nights', async () => {
    const nights = nightsEnding('2027-01-29', 10, (index) => ({
      factors: index < 4 ? ['alcohol'] : [],
      jerks: index < 4 ? 'once' : 'none',
      jerkWokeMe: index < 4,
      daytimeTwitching: index >= 8,
    }));
    const { model } = await setUp(nights);
    expect(model.patterns.value).toHaveLength(1);
    expect(model.patterns.value[0]).toMatchObject({
      with: { nights: 4, withOutcome: 4 },
      without: { nights: 6, withOutcome: 0 },
    });
    expect(model.doctorNote.value?.reasons).toEqual([
      'You had twitching during the day on 2 of your last 7 logged days.',
    ]);
  });

  it('shows no patterns and no note for a few ordinary nights', async () => {
    const { model } = await setUp(nightsEnding('2027-01-29', 5));
    expect(model.patterns.value).toEqual([]);
    expect(model.doctorNote.value).toBeNull();
  });

  it('exports every readable night as CSV, named by today', async () => {
    const nights = [aNight({ night: '2026-03-01' }), ...nightsEnding('2027-01-29', 2)];
    const { model, saved } = await setUp(nights, ['2027-01-30']);
    await model.exportCsv();
    expect(saved).toEqual([
      {
        name: 'lull-nights-2027-01-30.csv',
        type: 'text/csv;charset=utf-8',
        contents: diaryToCsv(nights),
      },
    ]);
    expect(model.exported.value).toBe('Saved as lull-nights-2027-01-30.csv.');
  });

  it('names the CSV in ASCII in every language', async () => {
    const { model, saved } = await setUp(nightsEnding('2027-01-29', 1));
    for (const locale of locales) {
      setLocale(locale);
      await model.exportCsv();
    }
    setLocale('en');
    expect(new Set(saved.map((file) => file.name))).toEqual(
      new Set(['lull-nights-2027-01-30.csv']),
    );
  });

  it('is empty, not loading, once an empty diary is read', async () => {
    const { model } = await setUp([]);
    expect(model.dates.value).toEqual([]);
    expect(model.hasOlder.value).toBe(false);
  });
});
