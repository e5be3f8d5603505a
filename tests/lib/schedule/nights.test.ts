import { describe, it, expect } from 'vitest';
import { addDays } from '../../../src/lib/schedule/civil-date';
import {
  nextBedtime,
  nextWindDown,
  nightDateOf,
  nightOn,
  nightsFrom,
  tonightAt,
} from '../../../src/lib/schedule/nights';
import { wallClockAt } from '../../../src/lib/schedule/zoned-time';
import { at, day, eachNight, everyNight } from './fixtures';

const HOUR = 3_600_000;
const MINUTE = 60_000;

describe('next wind-down and bedtime, same every night', () => {
  const schedule = everyNight('22:30', '06:30');
  const zone = 'Europe/Berlin';

  it('from the afternoon: tonight', () => {
    const now = at('2026-11-23T15:00+01:00');
    expect(nextBedtime(schedule, now, zone).bedtimeAt).toBe(at('2026-11-23T22:30+01:00'));
    expect(nextWindDown(schedule, now, zone).windDownAt).toBe(at('2026-11-23T21:45+01:00'));
  });

  it('during the wind-down: bedtime tonight, the next wind-down tomorrow', () => {
    const now = at('2026-11-23T22:00+01:00');
    expect(nextBedtime(schedule, now, zone).bedtimeAt).toBe(at('2026-11-23T22:30+01:00'));
    expect(nextWindDown(schedule, now, zone).windDownAt).toBe(at('2026-11-24T21:45+01:00'));
  });

  it('at bedtime exactly: the next night', () => {
    const now = at('2026-11-23T22:30+01:00');
    expect(nextBedtime(schedule, now, zone).bedtimeAt).toBe(at('2026-11-24T22:30+01:00'));
  });

  it('after midnight: the coming evening', () => {
    const night = nextBedtime(schedule, at('2026-11-24T01:00+01:00'), zone);
    expect(night.date).toEqual(day('2026-11-24'));
    expect(night.bedtimeAt).toBe(at('2026-11-24T22:30+01:00'));
    expect(night.wakeAt).toBe(at('2026-11-25T06:30+01:00'));
  });

  it('takes the lead from the schedule', () => {
    const night = nextWindDown(
      everyNight('22:30', '06:30', 120),
      at('2026-11-23T15:00+01:00'),
      zone,
    );
    expect(night.windDownAt).toBe(at('2026-11-23T20:30+01:00'));
  });
});

describe('per-weekday schedules and bedtimes after midnight', () => {
  const zone = 'Europe/Berlin';
  // 2026-11-27 is a Friday.
  const schedule = eachNight({
    fri: { bedtime: '00:30', wake: '09:00' },
    sat: { bedtime: '23:30', wake: '08:30' },
    sun: { bedtime: '22:00', wake: '06:00' },
  });

  it("puts a Friday-night bedtime of 00:30 on Saturday's date", () => {
    const friday = nightOn(schedule, day('2026-11-27'), zone);
    expect(friday.weekday).toBe('fri');
    expect(friday.bedtime.date).toEqual(day('2026-11-28'));
    expect(friday.bedtimeAt).toBe(at('2026-11-28T00:30+01:00'));
    expect(friday.windDownAt).toBe(at('2026-11-27T23:45+01:00'));
    expect(friday.wakeAt).toBe(at('2026-11-28T09:00+01:00'));
  });

  it('gives each night its own times through the week', () => {
    const week = nightsFrom(schedule, day('2026-11-23'), 7, zone);
    expect(week.map((night) => night.weekday)).toEqual([
      'mon',
      'tue',
      'wed',
      'thu',
      'fri',
      'sat',
      'sun',
    ]);
    expect(week.map((night) => night.bedtimeAt)).toEqual([
      at('2026-11-23T23:00+01:00'),
      at('2026-11-24T23:00+01:00'),
      at('2026-11-25T23:00+01:00'),
      at('2026-11-26T23:00+01:00'),
      at('2026-11-28T00:30+01:00'),
      at('2026-11-28T23:30+01:00'),
      at('2026-11-29T22:00+01:00'),
    ]);
  });

  it('after Thursday bedtime, the next is Friday night just after midnight', () => {
    const now = at('2026-11-26T23:30+01:00');
    expect(nextBedtime(schedule, now, zone).bedtimeAt).toBe(at('2026-11-28T00:30+01:00'));
    expect(nextWindDown(schedule, now, zone).windDownAt).toBe(at('2026-11-27T23:45+01:00'));
  });

  it('at 00:10 on Saturday, Friday night is still ahead', () => {
    const now = at('2026-11-28T00:10+01:00');
    const { next, phase } = tonightAt(schedule, now, zone);
    expect(next.weekday).toBe('fri');
    expect(phase).toBe('wind-down');
    expect(nextWindDown(schedule, now, zone).windDownAt).toBe(at('2026-11-28T22:45+01:00'));
  });

  it('a Sunday-night wind-down comes before that night’s earlier bedtime', () => {
    const now = at('2026-11-29T12:00+01:00');
    expect(nextWindDown(schedule, now, zone).windDownAt).toBe(at('2026-11-29T21:15+01:00'));
  });
});

describe('daylight saving', () => {
  const schedule = everyNight('22:30', '06:30');

  // [zone, the Saturday night before the change, offset before, offset after]
  const changes = [
    ['Europe/Berlin', 'spring', '2026-03-28', '+01:00', '+02:00'],
    ['Europe/Berlin', 'autumn', '2026-10-24', '+02:00', '+01:00'],
    ['America/New_York', 'spring', '2026-03-07', '-05:00', '-04:00'],
    ['America/New_York', 'autumn', '2026-10-31', '-04:00', '-05:00'],
    ['Australia/Sydney', 'spring', '2026-10-03', '+10:00', '+11:00'],
    ['Australia/Sydney', 'autumn', '2026-04-04', '+11:00', '+10:00'],
  ] as const;

  describe.each(changes)('%s, %s', (zone, season, saturday, before, after) => {
    const sunday = addDays(day(saturday), 1);
    const sundayIso = `${sunday.year}-${String(sunday.month).padStart(2, '0')}-${String(sunday.day).padStart(2, '0')}`;

    it('keeps bedtime and wind-down at the same wall time on both sides', () => {
      const saturdayNight = nightOn(schedule, day(saturday), zone);
      expect(saturdayNight.bedtimeAt).toBe(at(`${saturday}T22:30${before}`));
      expect(saturdayNight.windDownAt).toBe(at(`${saturday}T21:45${before}`));
      const fromSundayNoon = at(`${sundayIso}T12:00${after}`);
      expect(nextBedtime(schedule, fromSundayNoon, zone).bedtimeAt).toBe(
        at(`${sundayIso}T22:30${after}`),
      );
      expect(nextWindDown(schedule, fromSundayNoon, zone).windDownAt).toBe(
        at(`${sundayIso}T21:45${after}`),
      );
    });

    it('wakes at the wall time after the change: the night is an hour shorter or longer', () => {
      const saturdayNight = nightOn(schedule, day(saturday), zone);
      expect(saturdayNight.wakeAt).toBe(at(`${sundayIso}T06:30${after}`));
      const slept = saturdayNight.wakeAt - saturdayNight.bedtimeAt;
      expect(slept).toBe(season === 'spring' ? 7 * HOUR : 9 * HOUR);
    });

    it('from every moment of three days, the next bedtime and wind-down are the right ones', () => {
      const start = at(`${saturday}T00:00${before}`);
      for (let now = start; now < start + 72 * HOUR; now += 13 * MINUTE) {
        const bed = nextBedtime(schedule, now, zone);
        expect(bed.bedtimeAt).toBeGreaterThan(now);
        expect(nightOn(schedule, addDays(bed.date, -1), zone).bedtimeAt).toBeLessThanOrEqual(now);
        expect(wallClockAt(bed.bedtimeAt, zone)).toMatchObject({ hour: 22, minute: 30 });
        const wind = nextWindDown(schedule, now, zone);
        expect(wind.windDownAt).toBeGreaterThan(now);
        expect(nightOn(schedule, addDays(wind.date, -1), zone).windDownAt).toBeLessThanOrEqual(now);
        expect(wallClockAt(wind.windDownAt, zone)).toMatchObject({ hour: 21, minute: 45 });
      }
      // About 330 moments, each worked out through Intl: one to three seconds on a quiet
      // machine, past vitest's 5 s default with a second heavy process beside it.
    }, 30_000);
  });

  // A Saturday-night bedtime after midnight lands on the very hour the clocks change.
  it.each([
    ['Europe/Berlin', '2026-03-28', '02:30', '2026-03-29T03:30+02:00', '2026-03-29T01:45+01:00'],
    ['America/New_York', '2026-03-07', '02:30', '2026-03-08T03:30-04:00', '2026-03-08T01:45-05:00'],
    ['Australia/Sydney', '2026-10-03', '02:30', '2026-10-04T03:30+11:00', '2026-10-04T01:45+10:00'],
  ])(
    'a bedtime in the skipped hour (%s) moves on by the gap; the wind-down stays 45 real minutes',
    (zone, saturday, bedtime, bedtimeAt, windDownAt) => {
      const night = nightOn(everyNight(bedtime, '09:00'), day(saturday), zone);
      expect(night.bedtimeAt).toBe(at(bedtimeAt));
      expect(night.windDownAt).toBe(at(windDownAt));
    },
  );

  it.each([
    ['Europe/Berlin', '2026-10-24', '02:30', '2026-10-25T02:30+02:00'],
    ['America/New_York', '2026-10-31', '01:30', '2026-11-01T01:30-04:00'],
    ['Australia/Sydney', '2026-04-04', '02:30', '2026-04-05T02:30+11:00'],
  ])(
    'a bedtime in the repeated hour (%s) is the first of the two',
    (zone, saturday, bedtime, bedtimeAt) => {
      const night = nightOn(everyNight(bedtime, '09:00'), day(saturday), zone);
      expect(night.bedtimeAt).toBe(at(bedtimeAt));
      expect(night.windDownAt).toBe(at(bedtimeAt) - 45 * MINUTE);
      // Once the first 02:30 has passed, the second one is not a bedtime again.
      expect(nextBedtime(everyNight(bedtime, '09:00'), at(bedtimeAt) + HOUR, zone).date).toEqual(
        addDays(day(saturday), 1),
      );
    },
  );
});

describe('a trip to another time zone', () => {
  const schedule = everyNight('22:30', '06:30');

  it('keeps the schedule in the wall time of wherever the device is', () => {
    // At home in Berlin in the afternoon: 22:30 Berlin time.
    const home = at('2026-11-23T15:00+01:00');
    expect(nextBedtime(schedule, home, 'Europe/Berlin').bedtimeAt).toBe(
      at('2026-11-23T22:30+01:00'),
    );
    // Landed in New York the same day: 22:30 New York time, not 16:30.
    const landed = at('2026-11-23T15:00-05:00');
    expect(nextBedtime(schedule, landed, 'America/New_York').bedtimeAt).toBe(
      at('2026-11-23T22:30-05:00'),
    );
  });

  it('after flying east past bedtime, the next is the coming night there', () => {
    // 19:00 in New York is 11:00 the next morning in Sydney: still the night of the 23rd.
    const now = at('2026-11-23T19:00-05:00');
    const night = nextBedtime(schedule, now, 'Australia/Sydney');
    expect(night.bedtimeAt).toBe(at('2026-11-24T22:30+11:00'));
    expect(nightDateOf(now, 'Australia/Sydney')).toEqual(day('2026-11-23'));
  });
});

describe('tonightAt', () => {
  const schedule = everyNight('22:30', '06:30');
  const zone = 'America/New_York';
  it.each([
    ['2026-11-23T15:00-05:00', 'day', '2026-11-23'],
    ['2026-11-23T21:45-05:00', 'wind-down', '2026-11-23'],
    ['2026-11-23T22:29-05:00', 'wind-down', '2026-11-23'],
    ['2026-11-24T01:00-05:00', 'asleep', '2026-11-24'],
    ['2026-11-24T06:30-05:00', 'day', '2026-11-24'],
  ])('at %s the phase is %s, for the night of %s', (now, phase, night) => {
    const tonight = tonightAt(schedule, at(now), zone);
    expect(tonight.phase).toBe(phase);
    expect(tonight.next.date).toEqual(day(night));
  });
});
