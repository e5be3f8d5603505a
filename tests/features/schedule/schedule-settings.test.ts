import { describe, it, expect } from 'vitest';
import { readShape } from '../../../src/lib/storage/schema';
import { settingsShape } from '../../../src/app/settings-schema';

describe('the schedule settings', () => {
  it('default to 23:00 to 07:00 every night and a 45-minute lead', () => {
    const { value } = readShape(settingsShape, {});
    expect(value.schedule.sameEveryDay).toBe(true);
    expect(value.schedule.everyNight).toEqual({ bedtime: '23:00', wake: '07:00' });
    expect(value.schedule.nights.sat).toEqual({ bedtime: '23:00', wake: '07:00' });
    expect(value.schedule.leadMinutes).toBe(45);
  });

  it('replace only the invalid values, each on its own', () => {
    const { value, invalid } = readShape(settingsShape, {
      appearance: { theme: 'night' },
      schedule: {
        sameEveryDay: false,
        leadMinutes: 5,
        everyNight: { bedtime: '22:30', wake: '7:00' },
        nights: { fri: { bedtime: '00:30', wake: '09:00' }, sat: 'late' },
        perNightForm: 'each',
      },
    });
    expect(invalid.sort()).toEqual([
      'schedule.everyNight.wake',
      'schedule.leadMinutes',
      'schedule.nights.sat',
    ]);
    expect(value.appearance.theme).toBe('night');
    expect(value.schedule).toMatchObject({
      sameEveryDay: false,
      leadMinutes: 45,
      everyNight: { bedtime: '22:30', wake: '07:00' },
      perNightForm: 'each',
    });
    expect(value.schedule.nights.fri).toEqual({ bedtime: '00:30', wake: '09:00' });
    expect(value.schedule.nights.sat).toEqual({ bedtime: '23:00', wake: '07:00' });
  });
});
