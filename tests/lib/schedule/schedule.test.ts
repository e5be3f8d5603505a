import { describe, it, expect } from 'vitest';
import { sleepMinutes, timesFor, weekAverageMinutes } from '../../../src/lib/schedule/schedule';
import { eachNight, everyNight } from './fixtures';

describe('the schedule', () => {
  it('uses the every-night times when they are on, and keeps the per-night ones', () => {
    const schedule = { ...eachNight({ fri: { bedtime: '00:30', wake: '09:00' } }) };
    expect(timesFor(schedule, 'fri')).toEqual({ bedtime: '00:30', wake: '09:00' });
    const same = { ...schedule, sameEveryDay: true };
    expect(timesFor(same, 'fri')).toEqual(same.everyNight);
    expect(same.nights.fri).toEqual({ bedtime: '00:30', wake: '09:00' });
  });

  it.each([
    ['22:30', '06:30', 480],
    ['23:00', '07:15', 495],
    ['00:30', '09:00', 510],
    ['21:00', '21:30', 30],
    ['07:00', '07:00', 1440],
  ])('from %s to %s is %i minutes in bed', (bedtime, wake, minutes) => {
    expect(sleepMinutes({ bedtime, wake })).toBe(minutes);
  });

  it('averages the week', () => {
    expect(weekAverageMinutes(everyNight('23:00', '06:00'))).toBe(420);
    // Five nights of 6 h and two of 9 h: 48 h over 7 nights.
    const split = eachNight({
      sun: { bedtime: '00:00', wake: '06:00' },
      mon: { bedtime: '00:00', wake: '06:00' },
      tue: { bedtime: '00:00', wake: '06:00' },
      wed: { bedtime: '00:00', wake: '06:00' },
      thu: { bedtime: '00:00', wake: '06:00' },
      fri: { bedtime: '00:00', wake: '09:00' },
      sat: { bedtime: '00:00', wake: '09:00' },
    });
    expect(weekAverageMinutes(split)).toBeCloseTo((48 * 60) / 7);
  });
});
