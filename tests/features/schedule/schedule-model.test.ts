import { settingsPart } from '../../../src/lib/settings/settings-access';
import { settingsSpec } from '../../../src/app/settings-schema';
import { describe, it, expect, vi } from 'vitest';
import { openKeyValueStore } from '../../../src/lib/storage/kv';
import { createSettingsModel } from '../../../src/lib/settings/settings-model';
import { createScheduleModel } from '../../../src/features/schedule/schedule-model';

let dbCount = 0;
function freshStores() {
  dbCount += 1;
  return {
    settings: openKeyValueStore(`schedule-settings-${dbCount}`),
    journal: openKeyValueStore(`schedule-journal-${dbCount}`),
  };
}

async function setup(stores = freshStores()) {
  const settings = createSettingsModel(settingsSpec, stores, { channel: null, debounceMs: 0 });
  await settings.ready;
  const handOff = vi.fn(async () => 'downloaded' as const);
  const clock = { now: () => Date.parse('2026-11-23T20:00+01:00') };
  const model = createScheduleModel(settingsPart(settings), clock, () => 'Europe/Berlin', handOff);
  return { settings, model, handOff, stores };
}

describe('the schedule model', () => {
  it('starts at 23:00 to 07:00 every night with a 45-minute lead', async () => {
    const { model } = await setup();
    expect(model.form.value).toBe('same');
    expect(model.timesOf('every')).toEqual({ bedtime: '23:00', wake: '07:00' });
    expect(model.schedule.value.leadMinutes).toBe(45);
    expect(model.averageMinutes.value).toBe(480);
  });

  it('sets times, and ignores what is not a time', async () => {
    const { model } = await setup();
    model.setTime('every', 'bedtime', '22:30');
    model.setTime('every', 'wake', '');
    model.setTime('every', 'wake', '25:00');
    expect(model.timesOf('every')).toEqual({ bedtime: '22:30', wake: '07:00' });
    expect(model.averageMinutes.value).toBe(510);
  });

  it('keeps the lead within 10 to 120 minutes', async () => {
    const { model } = await setup();
    model.setLead(120);
    model.setLead(5);
    model.setLead(121);
    model.setLead(22.5);
    expect(model.schedule.value.leadMinutes).toBe(120);
  });

  it('starts nights never set one by one from the every-night times', async () => {
    const { model } = await setup();
    model.setTime('every', 'bedtime', '22:30');
    model.setForm('split');
    expect(model.form.value).toBe('split');
    expect(model.timesOf('weeknights')).toEqual({ bedtime: '22:30', wake: '07:00' });
    expect(model.timesOf('weekend')).toEqual({ bedtime: '22:30', wake: '07:00' });
  });

  it('sets a group of nights at once, and says when a group differs', async () => {
    const { model } = await setup();
    model.setForm('split');
    model.setTime('weekend', 'bedtime', '00:30');
    const { nights } = model.schedule.value;
    expect([nights.fri.bedtime, nights.sat.bedtime]).toEqual(['00:30', '00:30']);
    expect([nights.sun, nights.mon, nights.thu].map((n) => n.bedtime)).toEqual([
      '23:00',
      '23:00',
      '23:00',
    ]);
    expect(model.groupDiffers('weekend')).toBe(false);
    model.setForm('each');
    model.setTime('sat', 'bedtime', '01:00');
    expect(model.groupDiffers('weekend')).toBe(true);
    expect(model.groupDiffers('weeknights')).toBe(false);
  });

  it('loses nothing when switching between one time and per-night times', async () => {
    const { model, settings, stores } = await setup();
    model.setForm('each');
    model.setTime('fri', 'bedtime', '00:30');
    model.setForm('same');
    model.setTime('every', 'bedtime', '22:00');
    expect(model.timesOf('every').bedtime).toBe('22:00');
    model.setForm('each');
    expect(model.timesOf('fri').bedtime).toBe('00:30');
    expect(model.timesOf('mon').bedtime).toBe('23:00');
    // And all of it is saved.
    await settings.flush();
    settings.dispose();
    const reopened = await setup(stores);
    expect(reopened.model.form.value).toBe('each');
    expect(reopened.model.timesOf('fri').bedtime).toBe('00:30');
    expect(reopened.model.timesOf('every').bedtime).toBe('22:00');
  });

  it('averages a week of two schedules', async () => {
    const { model } = await setup();
    model.setForm('split');
    model.setTime('weeknights', 'bedtime', '00:00');
    model.setTime('weeknights', 'wake', '06:00');
    // 5 nights of 6 h, 2 of 8 h: 46 h / 7 = 6 h 34 min.
    expect(model.averageMinutes.value).toBeCloseTo((46 * 60) / 7);
    expect(model.nightMinutes.value.find((n) => n.night === 'fri')?.minutes).toBe(480);
  });

  it('hands over a calendar file of the schedule', async () => {
    const { model, handOff } = await setup();
    model.setLead(30);
    await model.addToCalendar();
    expect(handOff).toHaveBeenCalledOnce();
    const [name, ics, title] = handOff.mock.calls[0] as unknown as [string, string, string];
    expect(name).toBe('lull-bedtime.ics');
    expect(title).toBe('Bedtime schedule');
    expect(ics).toContain('TRIGGER;RELATED=START:-PT30M');
    expect(ics).toContain('DTSTART:20261123T230000');
    expect(ics).toContain('Wind-down starts 30 minutes before bedtime');
    expect(model.calendarResult.value).toBe('downloaded');
  });
});
