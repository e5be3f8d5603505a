import { describe, it, expect } from 'vitest';
import { settingsSpec } from '../../../src/app/settings-schema';
import { createCheckInModel } from '../../../src/features/check-in/check-in-model';
import { openDiaryStore } from '../../../src/lib/diary/diary-store';
import { settingsPart } from '../../../src/lib/settings/settings-access';
import { createSettingsModel } from '../../../src/lib/settings/settings-model';
import { openKeyValueStore } from '../../../src/lib/storage/kv';
import { aNight } from '../../lib/diary/nights';

const ZONE = 'Europe/Berlin';
// Saturday 16 January 2027, 09:00 in Berlin: last night is Friday the 15th.
const SATURDAY_MORNING = Date.parse('2027-01-16T09:00:00+01:00');
let dbCount = 0;

async function setup(now = SATURDAY_MORNING) {
  dbCount += 1;
  const settings = createSettingsModel(
    settingsSpec,
    {
      settings: openKeyValueStore(`check-in-settings-${dbCount}`),
      journal: openKeyValueStore(`check-in-journal-${dbCount}`),
    },
    { channel: null, debounceMs: 0 },
  );
  await settings.ready;
  settings.update('schedule.everyNight', { bedtime: '22:30', wake: '06:30' });
  const diary = openDiaryStore(openKeyValueStore(`check-in-diary-${dbCount}`));
  const clock = { now: () => now };
  const model = createCheckInModel({
    diary,
    settings: settingsPart(settings),
    clock,
    timeZone: () => ZONE,
  });
  return { settings, diary, model };
}

describe('the check-in model', () => {
  it('opens last night pre-filled from the schedule, quality left to the person', async () => {
    const { model } = await setup();
    await model.open(null);
    expect(model.view.value).toBe('form');
    expect(model.form.value).toMatchObject({
      night: '2027-01-15',
      timeZone: ZONE,
      intoBed: { date: '2027-01-15', time: '22:30' },
      triedToSleep: { date: '2027-01-15', time: '22:30' },
      minutesToFallAsleep: 15,
      wakings: 0,
      minutesAwake: 0,
      finalWaking: { date: '2027-01-16', time: '06:30' },
      outOfBed: { date: '2027-01-16', time: '06:30' },
      quality: null,
      jerks: null,
      factors: null,
      windDownDone: null,
    });
    expect(model.editing.value).toBe(false);
    expect(model.times.confirmed.value).toBe(false);
  });

  it('takes bedtime from when the wind-down ended, and the steps it did', async () => {
    const { settings, model } = await setup();
    const startedAt = Date.parse('2027-01-15T22:05:00+01:00');
    await settings.journal.add({
      kind: 'routine',
      startedAt,
      endedAt: Date.parse('2027-01-15T22:52:30+01:00'),
      details: { done: ['habit:screens', 'stretches', 'breathing'], completed: true },
    });
    await model.open(null);
    expect(model.form.value.intoBed).toEqual({ date: '2027-01-15', time: '22:52' });
    expect(model.form.value.triedToSleep).toEqual({ date: '2027-01-15', time: '22:52' });
    expect(model.form.value.windDownDone).toEqual(['habit:screens', 'stretches', 'breathing']);
  });

  it('never pre-fills a waking still to come, and reuses the last night’s time to fall asleep', async () => {
    const { diary, model } = await setup(Date.parse('2027-01-16T05:40:00+01:00'));
    await diary.save(aNight({ night: '2027-01-13', minutesToFallAsleep: 25 }));
    await model.open(null);
    expect(model.form.value.finalWaking).toEqual({ date: '2027-01-16', time: '05:40' });
    expect(model.form.value.outOfBed).toEqual({ date: '2027-01-16', time: '05:40' });
    expect(model.form.value.minutesToFallAsleep).toBe(25);
  });

  it('saves an ordinary night in three taps: confirm the times, rate quality, save', async () => {
    const { diary, model } = await setup();
    await model.open(null);
    model.times.setConfirmed(true);
    model.answer('quality', 'good');
    expect(await model.save()).toBeNull();
    expect(model.saved.value).toBe(true);
    expect(await diary.get('2027-01-15')).toMatchObject({
      night: '2027-01-15',
      quality: 'good',
      intoBed: { date: '2027-01-15', time: '22:30' },
      savedAt: SATURDAY_MORNING,
    });
  });

  it('saves nothing until the pre-filled times are confirmed, and points there', async () => {
    const { diary, model } = await setup();
    await model.open(null);
    model.answer('quality', 'fair');
    expect(await model.save()).toBe('times');
    expect(model.times.unconfirmed.value).toBe(true);
    expect(await diary.get('2027-01-15')).toBeUndefined();
    model.times.setConfirmed(true);
    expect(model.times.unconfirmed.value).toBe(false);
    expect(await model.save()).toBeNull();
  });

  it('points at the first answer that cannot be true, opens the times, and saves nothing', async () => {
    const { diary, model } = await setup();
    await model.open(null);
    model.times.setConfirmed(true);
    // Out of bed at 22:00 the evening before: before getting into bed.
    model.setTime('outOfBed', '22:00');
    expect(model.form.value.outOfBed).toEqual({ date: '2027-01-15', time: '22:00' });
    expect(await model.save()).toBe('finalWaking');
    expect(model.times.expanded.value).toBe(true);
    expect(model.problems.value).toEqual({
      finalWaking: 'problem.finalWakingAfterOutOfBed',
      outOfBed: 'problem.outOfBedBeforeIntoBed',
      quality: 'problem.required',
    });
    expect(await diary.get('2027-01-15')).toBeUndefined();

    // Fixing a field clears its message; the next save points at what is left.
    model.setTime('outOfBed', '07:10');
    expect(model.problems.value.outOfBed).toBeUndefined();
    expect(await model.save()).toBe('quality');
    model.answer('quality', 'poor');
    expect(await model.save()).toBeNull();
    expect((await diary.get('2027-01-15')) as { outOfBed: unknown }).toMatchObject({
      outOfBed: { date: '2027-01-16', time: '07:10' },
    });
  });

  it('asks again for a count left empty, and for whole minutes', async () => {
    const { model } = await setup();
    await model.open(null);
    model.times.open();
    model.answer('quality', 'good');
    model.answer('minutesToFallAsleep', null);
    model.answer('minutesAwake', 2.5);
    expect(await model.save()).toBe('minutesToFallAsleep');
    expect(model.problems.value).toMatchObject({
      minutesToFallAsleep: 'problem.required',
      minutesAwake: 'problem.wholeMinutes',
    });
  });

  it('loads a night already logged to edit it, its times already confirmed', async () => {
    const { diary, model } = await setup();
    const logged = aNight({ night: '2027-01-12', quality: 'poor', jerks: 'a-few' });
    await diary.save(logged);
    await model.open('2027-01-12');
    expect(model.editing.value).toBe(true);
    expect(model.times.settled.value).toBe(true);
    expect(model.form.value).toMatchObject({
      night: '2027-01-12',
      quality: 'poor',
      jerks: 'a-few',
    });
    model.answer('quality', 'fair');
    model.toggleFactor('alcohol');
    expect(await model.save()).toBeNull();
    expect(await diary.get('2027-01-12')).toMatchObject({
      quality: 'fair',
      factors: ['alcohol'],
      intoBed: logged.intoBed,
    });
  });

  it('fills in a night days late, pre-filled for that night', async () => {
    const { model } = await setup();
    await model.open('2027-01-12');
    expect(model.form.value).toMatchObject({
      night: '2027-01-12',
      intoBed: { date: '2027-01-12', time: '22:30' },
      outOfBed: { date: '2027-01-13', time: '06:30' },
    });
  });

  it('says so for a night not over yet or an address it cannot read', async () => {
    const { model } = await setup();
    await model.open('2027-01-16');
    expect(model.view.value).toBe('notOver');
    await model.open('2027-02-30');
    expect(model.view.value).toBe('unknown');
    await model.open('tomorrow');
    expect(model.view.value).toBe('unknown');
    await model.open('');
    expect(model.view.value).toBe('form');
  });

  it('forgets "did a jerk wake you" and the leg when there were none', async () => {
    const { model } = await setup();
    await model.open(null);
    model.answer('jerks', 'once');
    model.answer('jerkWokeMe', true);
    model.answer('cramp', 'one');
    model.answer('crampLeg', 'left');
    model.answer('jerks', 'none');
    model.answer('cramp', 'none');
    expect(model.form.value).toMatchObject({ jerkWokeMe: null, crampLeg: null });
    model.toggleFactor('cold-feet');
    model.toggleFactor('cold-feet');
    expect(model.form.value.factors).toEqual([]);
  });
});
