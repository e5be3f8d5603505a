import { describe, it, expect } from 'vitest';
import { summarizeNights } from '../../../src/lib/diary/summary';
import { aNight, dayAfter, nightsEnding } from './nights';

const LAST = '2027-02-20';

describe('summarizeNights', () => {
  it('says so when no night was logged', () => {
    expect(summarizeNights([], LAST, 7)).toEqual({
      from: '2027-02-14',
      to: LAST,
      nightsLogged: 0,
      averageTotalSleep: null,
      averageEfficiency: null,
      averageTimeToFallAsleep: null,
      bedtimeSpread: null,
    });
  });

  it('averages the nights of the run only', () => {
    // 14 nights: the older 7 slept 415 minutes, the last 7 slept 60 minutes more.
    const nights = nightsEnding(LAST, 14, (index) =>
      index < 7 ? {} : { minutesToFallAsleep: 5, minutesAwake: 0, wakings: 0 },
    );
    expect(summarizeNights(nights, LAST, 7)).toMatchObject({
      nightsLogged: 7,
      averageTotalSleep: 445,
      averageEfficiency: expect.closeTo(445 / 480, 12),
      averageTimeToFallAsleep: 5,
      bedtimeSpread: 0,
    });
    expect(summarizeNights(nights, LAST, 14)).toMatchObject({
      from: '2027-02-07',
      nightsLogged: 14,
      averageTotalSleep: 430,
      averageTimeToFallAsleep: 12.5,
    });
  });

  it('measures how regular the bedtime was around midnight', () => {
    // 23:30 and 00:30: an hour apart, each 30 minutes from their mean.
    const early = aNight({ night: '2027-02-19', intoBed: { date: '2027-02-19', time: '23:30' } });
    const late = aNight({
      night: LAST,
      intoBed: { date: dayAfter(LAST), time: '00:30' },
      triedToSleep: { date: dayAfter(LAST), time: '00:45' },
    });
    expect(summarizeNights([early, late], LAST, 7).bedtimeSpread).toBe(30);
    expect(summarizeNights([late], LAST, 7).bedtimeSpread).toBeNull();
  });

  it('takes bedtimes on the wall clock, wherever the night was', () => {
    const home = aNight({ night: '2027-02-19' });
    const away = aNight({ night: LAST, timeZone: 'America/New_York' });
    expect(summarizeNights([home, away], LAST, 7).bedtimeSpread).toBe(0);
  });
});
