import { describe, it, expect } from 'vitest';
import { nightFigures } from '../../../src/lib/diary/figures';
import { aNight } from './nights';

// Each night is worked by hand: into bed to out of bed, then trying to sleep to the final
// waking less the time to fall asleep and the wakings.
describe('nightFigures', () => {
  it('gives an ordinary night its figures', () => {
    // 22:45 to 06:45 in bed; 23:00 to 06:30 is 450 minutes, less 20 and 15.
    expect(nightFigures(aNight())).toEqual({
      timeInBed: 480,
      timeToFallAsleep: 20,
      timeAwakeInNight: 15,
      totalSleep: 415,
      efficiency: 415 / 480,
    });
  });

  it('counts a bedtime past midnight on the night before', () => {
    const night = aNight({
      intoBed: { date: '2027-01-16', time: '00:30' },
      triedToSleep: { date: '2027-01-16', time: '00:45' },
      minutesToFallAsleep: 10,
      wakings: 0,
      minutesAwake: 0,
      finalWaking: { date: '2027-01-16', time: '07:30' },
      outOfBed: { date: '2027-01-16', time: '07:40' },
    });
    expect(nightFigures(night)).toMatchObject({ timeInBed: 430, totalSleep: 395 });
  });

  it('counts 7 real hours on a spring-forward night (Berlin, 28 March 2027)', () => {
    const night = aNight({
      night: '2027-03-27',
      intoBed: { date: '2027-03-27', time: '23:00' },
      triedToSleep: { date: '2027-03-27', time: '23:00' },
      minutesToFallAsleep: 15,
      wakings: 0,
      minutesAwake: 0,
      finalWaking: { date: '2027-03-28', time: '07:00' },
      outOfBed: { date: '2027-03-28', time: '07:00' },
    });
    expect(nightFigures(night)).toMatchObject({ timeInBed: 420, totalSleep: 405 });
  });

  it('reads a skipped bedtime as the hour after the gap', () => {
    // 02:30 does not exist that night in Berlin: it is 03:30, three and a half hours to 07:00.
    const night = aNight({
      night: '2027-03-27',
      intoBed: { date: '2027-03-28', time: '02:30' },
      triedToSleep: { date: '2027-03-28', time: '02:30' },
      minutesToFallAsleep: 0,
      wakings: 0,
      minutesAwake: 0,
      finalWaking: { date: '2027-03-28', time: '07:00' },
      outOfBed: { date: '2027-03-28', time: '07:00' },
    });
    expect(nightFigures(night)).toMatchObject({ timeInBed: 210, totalSleep: 210, efficiency: 1 });
  });

  it('counts 9 real hours on a fall-back night (Berlin, 31 October 2027)', () => {
    const night = aNight({
      night: '2027-10-30',
      intoBed: { date: '2027-10-30', time: '23:00' },
      triedToSleep: { date: '2027-10-30', time: '23:00' },
      minutesToFallAsleep: 30,
      wakings: 2,
      minutesAwake: 30,
      finalWaking: { date: '2027-10-31', time: '07:00' },
      outOfBed: { date: '2027-10-31', time: '07:00' },
    });
    expect(nightFigures(night)).toMatchObject({ timeInBed: 540, totalSleep: 480 });
  });

  it('counts the clock changes of New York on their own dates', () => {
    const spring = aNight({
      night: '2027-03-13',
      timeZone: 'America/New_York',
      intoBed: { date: '2027-03-13', time: '22:00' },
      triedToSleep: { date: '2027-03-13', time: '22:00' },
      minutesToFallAsleep: 0,
      wakings: 0,
      minutesAwake: 0,
      finalWaking: { date: '2027-03-14', time: '06:00' },
      outOfBed: { date: '2027-03-14', time: '06:00' },
    });
    expect(nightFigures(spring).timeInBed).toBe(420);
    const autumn = {
      ...spring,
      night: '2027-11-06',
      intoBed: { date: '2027-11-06', time: '22:00' },
      triedToSleep: { date: '2027-11-06', time: '22:00' },
      finalWaking: { date: '2027-11-07', time: '06:00' },
      outOfBed: { date: '2027-11-07', time: '06:00' },
    };
    expect(nightFigures(autumn).timeInBed).toBe(540);
    // In Berlin the same dates are ordinary nights: the zone that was stored decides.
    expect(nightFigures({ ...autumn, timeZone: 'Europe/Berlin' }).timeInBed).toBe(480);
  });

  it('uses the zone a night was logged in after a change of time zone', () => {
    const berlin = aNight({ night: '2027-03-13' });
    const tokyo = aNight({ night: '2027-03-14', timeZone: 'Asia/Tokyo' });
    const newYork = aNight({ night: '2027-03-13', timeZone: 'America/New_York' });
    // Wall times as the person knew them in each place: each an ordinary 8-hour night, even
    // though New York sprang forward at 02:00 that night.
    expect(nightFigures(berlin).timeInBed).toBe(480);
    expect(nightFigures(tokyo).timeInBed).toBe(480);
    expect(nightFigures(newYork)).toMatchObject({ timeInBed: 420, totalSleep: 355 });
  });

  it('gives a night without wakings no time awake in it', () => {
    const night = aNight({ wakings: 0, minutesAwake: 0 });
    expect(nightFigures(night)).toMatchObject({ timeAwakeInNight: 0, totalSleep: 430 });
  });

  it('gives a sleepless night no sleep and no efficiency', () => {
    // Tried from 23:00 and never fell asleep before getting up at 06:30: 450 minutes.
    const night = aNight({ minutesToFallAsleep: 450, wakings: 0, minutesAwake: 0 });
    expect(nightFigures(night)).toMatchObject({ timeInBed: 480, totalSleep: 0, efficiency: 0 });
  });

  it('keeps figures in range for a night that was never checked', () => {
    const backwards = aNight({ outOfBed: { date: '2027-01-15', time: '20:00' } });
    expect(nightFigures(backwards)).toMatchObject({ timeInBed: 0, totalSleep: 0, efficiency: 0 });
    const overlong = aNight({
      minutesToFallAsleep: 0,
      minutesAwake: 0,
      intoBed: { date: '2027-01-15', time: '23:30' },
    });
    expect(nightFigures(overlong)).toMatchObject({ timeInBed: 435, totalSleep: 435 });
  });
});
