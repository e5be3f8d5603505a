import { describe, it, expect } from 'vitest';
import { planReminders, reminderId, type ReminderChoice } from '../../../src/lib/reminders/plan';
import { nextBedtime, nextWindDown } from '../../../src/lib/schedule/nights';
import { at, eachNight, everyNight } from '../schedule/fixtures';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const both: ReminderChoice = { windDown: true, bedtime: true };
const windDownOnly: ReminderChoice = { windDown: true, bedtime: false };
const bedtimeOnly: ReminderChoice = { windDown: false, bedtime: true };

/** The plan as readable rows: kind and instant (ISO, UTC). */
const rows = (plan: ReturnType<typeof planReminders>) =>
  plan.map((reminder) => `${reminder.kind} ${new Date(reminder.at).toISOString()}`);

describe('planning reminders from the schedule', () => {
  const zone = 'Europe/Berlin';
  const schedule = everyNight('23:00', '07:00', 45);

  it('gives the wind-down and bedtime of tonight, then of the nights after, soonest first', () => {
    const plan = planReminders(schedule, both, at('2026-11-23T20:00+01:00'), zone);
    expect(plan.map((reminder) => reminder.at)).toEqual([
      at('2026-11-23T22:15+01:00'),
      at('2026-11-23T23:00+01:00'),
      at('2026-11-24T22:15+01:00'),
      at('2026-11-24T23:00+01:00'),
    ]);
    expect(plan.map((reminder) => reminder.kind)).toEqual([
      'wind-down',
      'bedtime',
      'wind-down',
      'bedtime',
    ]);
    expect(plan[0].bedtimeAt).toBe(at('2026-11-23T23:00+01:00'));
  });

  it('gives only the kinds turned on, and nothing when both are off', () => {
    const from = at('2026-11-23T20:00+01:00');
    expect(planReminders(schedule, windDownOnly, from, zone, 2).map((r) => r.at)).toEqual([
      at('2026-11-23T22:15+01:00'),
      at('2026-11-24T22:15+01:00'),
    ]);
    expect(planReminders(schedule, bedtimeOnly, from, zone, 2).map((r) => r.at)).toEqual([
      at('2026-11-23T23:00+01:00'),
      at('2026-11-24T23:00+01:00'),
    ]);
    expect(planReminders(schedule, { windDown: false, bedtime: false }, from, zone)).toEqual([]);
  });

  it('includes a reminder at `from` exactly (the moment it is due), and none before', () => {
    const plan = planReminders(schedule, both, at('2026-11-23T22:15+01:00'), zone, 1);
    expect(plan[0].at).toBe(at('2026-11-23T22:15+01:00'));
    const later = planReminders(schedule, both, at('2026-11-23T22:16+01:00'), zone, 1);
    expect(later[0].kind).toBe('bedtime');
  });

  it('names each reminder by its kind and instant, the same from any moment', () => {
    const early = planReminders(schedule, both, at('2026-11-23T09:00+01:00'), zone);
    const late = planReminders(schedule, both, at('2026-11-23T22:30+01:00'), zone);
    expect(early[0].id).toBe('wind-down@2026-11-23T21:15:00.000Z');
    expect(late[0].id).toBe(early[1].id);
    expect(reminderId('bedtime', at('2026-11-23T23:00+01:00'))).toBe(
      'bedtime@2026-11-23T22:00:00.000Z',
    );
    const ids = planReminders(schedule, both, at('2026-11-23T09:00+01:00'), zone, 20).map(
      (r) => r.id,
    );
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('weekday schedules and bedtimes after midnight', () => {
  const zone = 'Europe/Berlin';
  // 2026-11-27 is a Friday. Friday night's bedtime is 00:30 on Saturday.
  const schedule = eachNight(
    {
      fri: { bedtime: '00:30', wake: '09:00' },
      sat: { bedtime: '23:30', wake: '08:30' },
      sun: { bedtime: '22:00', wake: '06:00' },
    },
    30,
  );

  it('walks the week night by night, each with its own times', () => {
    const plan = planReminders(schedule, both, at('2026-11-27T12:00+01:00'), zone, 6);
    expect(plan.map((r) => r.at)).toEqual([
      at('2026-11-28T00:00+01:00'), // Friday night's wind-down, at midnight
      at('2026-11-28T00:30+01:00'), // Friday night's bedtime, after midnight
      at('2026-11-28T23:00+01:00'), // Saturday night
      at('2026-11-28T23:30+01:00'),
      at('2026-11-29T21:30+01:00'), // Sunday night
      at('2026-11-29T22:00+01:00'),
    ]);
  });

  it('finds the after-midnight bedtime from just past midnight', () => {
    const plan = planReminders(schedule, both, at('2026-11-28T00:10+01:00'), zone, 2);
    expect(rows(plan)).toEqual([
      'bedtime 2026-11-27T23:30:00.000Z',
      'wind-down 2026-11-28T22:00:00.000Z',
    ]);
  });

  it('puts a wind-down that starts before midnight on the evening before', () => {
    const late = eachNight({ fri: { bedtime: '00:15', wake: '08:00' } }, 60);
    const plan = planReminders(late, windDownOnly, at('2026-11-27T20:00+01:00'), zone, 2);
    expect(plan.map((r) => r.at)).toEqual([
      at('2026-11-27T23:15+01:00'),
      at('2026-11-28T22:00+01:00'),
    ]);
  });
});

describe('daylight-saving changes', () => {
  const schedule = everyNight('23:00', '07:00', 45);

  it('Berlin, spring: the same wall times on both sides; the night between is 23 hours', () => {
    // Clocks go from 02:00 to 03:00 on Sunday 28 March 2027.
    const plan = planReminders(schedule, both, at('2027-03-27T12:00+01:00'), 'Europe/Berlin');
    expect(plan.map((r) => r.at)).toEqual([
      at('2027-03-27T22:15+01:00'),
      at('2027-03-27T23:00+01:00'),
      at('2027-03-28T22:15+02:00'),
      at('2027-03-28T23:00+02:00'),
    ]);
    expect(plan[3].at - plan[1].at).toBe(23 * HOUR);
  });

  it('Berlin, spring: a bedtime in the skipped hour moves on by the gap; the lead stays 45 min', () => {
    const night = everyNight('02:30', '09:00', 45);
    const plan = planReminders(night, both, at('2027-03-27T12:00+01:00'), 'Europe/Berlin', 2);
    // 02:30 does not exist that night: it is read as 03:30 CEST (01:30 UTC).
    expect(plan.map((r) => r.at)).toEqual([
      at('2027-03-28T01:45+01:00'),
      at('2027-03-28T03:30+02:00'),
    ]);
    expect(plan[1].at - plan[0].at).toBe(45 * MINUTE);
  });

  it('Berlin, autumn: a bedtime in the repeated hour is the first of the two', () => {
    // Clocks go from 03:00 back to 02:00 on Sunday 25 October 2026.
    const night = everyNight('02:30', '09:00', 45);
    const plan = planReminders(night, both, at('2026-10-24T12:00+02:00'), 'Europe/Berlin', 2);
    expect(plan.map((r) => r.at)).toEqual([
      at('2026-10-25T01:45+02:00'),
      at('2026-10-25T02:30+02:00'),
    ]);
  });

  it('New York, autumn: 23:00 EDT, then 23:00 EST, 25 hours apart', () => {
    // Clocks go from 02:00 back to 01:00 on Sunday 1 November 2026.
    const plan = planReminders(
      schedule,
      bedtimeOnly,
      at('2026-10-31T12:00-04:00'),
      'America/New_York',
      2,
    );
    expect(plan.map((r) => r.at)).toEqual([
      at('2026-10-31T23:00-04:00'),
      at('2026-11-01T23:00-05:00'),
    ]);
    expect(plan[1].at - plan[0].at).toBe(25 * HOUR);
  });

  it('New York, spring: an after-midnight bedtime on the night of the change', () => {
    // Clocks go from 02:00 to 03:00 on Sunday 14 March 2027.
    const night = everyNight('00:30', '08:00', 45);
    const plan = planReminders(night, both, at('2027-03-13T12:00-05:00'), 'America/New_York', 4);
    expect(plan.map((r) => r.at)).toEqual([
      at('2027-03-13T23:45-05:00'),
      at('2027-03-14T00:30-05:00'),
      at('2027-03-14T23:45-04:00'),
      at('2027-03-15T00:30-04:00'),
    ]);
  });

  it('Sydney, spring (October): 23:00 AEST, then 23:00 AEDT', () => {
    // Clocks go from 02:00 to 03:00 on Sunday 4 October 2026.
    const plan = planReminders(
      schedule,
      windDownOnly,
      at('2026-10-03T12:00+10:00'),
      'Australia/Sydney',
      2,
    );
    expect(plan.map((r) => r.at)).toEqual([
      at('2026-10-03T22:15+10:00'),
      at('2026-10-04T22:15+11:00'),
    ]);
  });

  it('Sydney, autumn (April): 23:00 AEDT, then 23:00 AEST', () => {
    // Clocks go from 03:00 back to 02:00 on Sunday 4 April 2027.
    const plan = planReminders(
      schedule,
      bedtimeOnly,
      at('2027-04-03T12:00+11:00'),
      'Australia/Sydney',
      2,
    );
    expect(plan.map((r) => r.at)).toEqual([
      at('2027-04-03T23:00+11:00'),
      at('2027-04-04T23:00+10:00'),
    ]);
  });
});

describe('from any moment', () => {
  const schedules = {
    'every night': everyNight('23:00', '07:00', 45),
    'weekend after midnight': eachNight(
      {
        fri: { bedtime: '00:30', wake: '09:00' },
        sat: { bedtime: '01:00', wake: '09:30' },
        sun: { bedtime: '22:00', wake: '06:00' },
      },
      60,
    ),
  };
  // Three days either side of each change, every 41 minutes (a step prime to the hour, so
  // the moments fall on every part of it over the days).
  const changes: Record<string, string[]> = {
    'Europe/Berlin': ['2026-10-25T01:00Z', '2027-03-28T01:00Z'],
    'America/New_York': ['2026-11-01T06:00Z', '2027-03-14T07:00Z'],
    'Australia/Sydney': ['2026-10-03T16:00Z', '2027-04-03T16:00Z'],
  };
  const DAY = 24 * HOUR;

  for (const [name, schedule] of Object.entries(schedules))
    for (const [zone, moments] of Object.entries(changes))
      it(`the first reminder is the next wind-down or bedtime (${name}, ${zone})`, () => {
        for (const change of moments.map(at))
          for (let now = change - 3 * DAY; now < change + 3 * DAY; now += 41 * MINUTE) {
            const windDown = nextWindDown(schedule, now - 1, zone).windDownAt;
            const bedtime = nextBedtime(schedule, now - 1, zone).bedtimeAt;
            const [first, second] = planReminders(schedule, both, now, zone, 2);
            expect(first.at).toBe(Math.min(windDown, bedtime));
            expect(second.at).toBe(Math.max(windDown, bedtime));
            expect(planReminders(schedule, windDownOnly, now, zone, 1)[0].at).toBe(windDown);
          }
      }, 30_000); // Hundreds of moments through Intl: slow on a busy machine, not stuck.
});
