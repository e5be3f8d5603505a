// One set of cases for the app's planner and the server's scheduler: both must put each
// reminder at the same instant, at daylight-saving changes above all. Expected instants are
// written with the offset the wall clock shows at that moment.
import type { ReminderKind } from '../../../src/lib/reminders/due';

/** A schedule, a starting moment, and the reminders that must follow, in order. */
export interface ReminderCase {
  name: string;
  timeZone: string;
  bedtime: string;
  leadMinutes: number;
  choice: { windDown: boolean; bedtime: boolean };
  from: string;
  expected: [ReminderKind, string][];
}

const both = { windDown: true, bedtime: true };
const bedtimeOnly = { windDown: false, bedtime: true };
const windDownOnly = { windDown: true, bedtime: false };

/** Skipped and repeated hours, half-hour shifts and zones off the whole hour. */
export const reminderCases: ReminderCase[] = [
  {
    name: 'Berlin, spring: 23:00 on both sides of the change',
    timeZone: 'Europe/Berlin',
    bedtime: '23:00',
    leadMinutes: 45,
    choice: both,
    from: '2027-03-27T12:00+01:00',
    expected: [
      ['wind-down', '2027-03-27T22:15+01:00'],
      ['bedtime', '2027-03-27T23:00+01:00'],
      ['wind-down', '2027-03-28T22:15+02:00'],
      ['bedtime', '2027-03-28T23:00+02:00'],
    ],
  },
  {
    name: 'Berlin, spring: a bedtime in the skipped hour moves on by the gap',
    timeZone: 'Europe/Berlin',
    bedtime: '02:30',
    leadMinutes: 45,
    choice: both,
    from: '2027-03-27T12:00+01:00',
    expected: [
      ['wind-down', '2027-03-28T01:45+01:00'],
      ['bedtime', '2027-03-28T03:30+02:00'],
    ],
  },
  {
    name: 'Berlin, autumn: a bedtime in the repeated hour is the first of the two',
    timeZone: 'Europe/Berlin',
    bedtime: '02:30',
    leadMinutes: 45,
    choice: both,
    from: '2026-10-24T12:00+02:00',
    expected: [
      ['wind-down', '2026-10-25T01:45+02:00'],
      ['bedtime', '2026-10-25T02:30+02:00'],
    ],
  },
  {
    name: 'Berlin, autumn: a wind-down 60 real minutes before, in the repeated hour',
    timeZone: 'Europe/Berlin',
    bedtime: '03:30',
    leadMinutes: 60,
    choice: both,
    from: '2026-10-24T12:00+02:00',
    expected: [
      ['wind-down', '2026-10-25T02:30+01:00'],
      ['bedtime', '2026-10-25T03:30+01:00'],
    ],
  },
  {
    name: 'New York, autumn: 23:00 EDT, then 23:00 EST',
    timeZone: 'America/New_York',
    bedtime: '23:00',
    leadMinutes: 45,
    choice: bedtimeOnly,
    from: '2026-10-31T12:00-04:00',
    expected: [
      ['bedtime', '2026-10-31T23:00-04:00'],
      ['bedtime', '2026-11-01T23:00-05:00'],
    ],
  },
  {
    name: 'New York, spring: a wind-down before the gap, its bedtime after it',
    timeZone: 'America/New_York',
    bedtime: '03:00',
    leadMinutes: 45,
    choice: both,
    from: '2027-03-13T12:00-05:00',
    expected: [
      ['wind-down', '2027-03-14T01:15-05:00'],
      ['bedtime', '2027-03-14T03:00-04:00'],
    ],
  },
  {
    name: 'New York, spring: an after-midnight bedtime on the night of the change',
    timeZone: 'America/New_York',
    bedtime: '00:30',
    leadMinutes: 45,
    choice: both,
    from: '2027-03-13T12:00-05:00',
    expected: [
      ['wind-down', '2027-03-13T23:45-05:00'],
      ['bedtime', '2027-03-14T00:30-05:00'],
      ['wind-down', '2027-03-14T23:45-04:00'],
      ['bedtime', '2027-03-15T00:30-04:00'],
    ],
  },
  {
    name: 'Sydney, spring (October): 22:15 AEST, then 22:15 AEDT',
    timeZone: 'Australia/Sydney',
    bedtime: '23:00',
    leadMinutes: 45,
    choice: windDownOnly,
    from: '2026-10-03T12:00+10:00',
    expected: [
      ['wind-down', '2026-10-03T22:15+10:00'],
      ['wind-down', '2026-10-04T22:15+11:00'],
    ],
  },
  {
    name: 'Lord Howe, autumn: a half-hour fall-back, the first 01:45 counts',
    timeZone: 'Australia/Lord_Howe',
    bedtime: '01:45',
    leadMinutes: 30,
    choice: both,
    from: '2027-04-03T12:00+11:00',
    expected: [
      ['wind-down', '2027-04-04T01:15+11:00'],
      ['bedtime', '2027-04-04T01:45+11:00'],
    ],
  },
  {
    name: 'Kathmandu: a quarter-hour offset, no daylight saving',
    timeZone: 'Asia/Kathmandu',
    bedtime: '22:30',
    leadMinutes: 30,
    choice: both,
    from: '2026-11-23T12:00+05:45',
    expected: [
      ['wind-down', '2026-11-23T22:00+05:45'],
      ['bedtime', '2026-11-23T22:30+05:45'],
    ],
  },
];
