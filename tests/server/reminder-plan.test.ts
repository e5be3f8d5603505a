import { describe, expect, it } from 'vitest';
import { weekdays } from '../../src/lib/schedule/schedule';
import { nextReminderFrom, type Bedtimes } from '../../src/server/reminder-plan';
import { reminderCases } from '../lib/reminders/dst-cases';

const at = (iso: string) => Date.parse(iso);
const sameEveryNight = (time: string) =>
  Object.fromEntries(weekdays.map((night) => [night, time])) as Bedtimes;

// The app's planner runs the same cases (tests/lib/reminders/dst-cases.test.ts).
describe('the server schedules each shared case as the app does', () => {
  it.each(reminderCases)('$name', (c) => {
    const plan = {
      bedtimes: sameEveryNight(c.bedtime),
      leadMinutes: c.leadMinutes,
      choice: c.choice,
      timeZone: c.timeZone,
    };
    const sent: [string, number][] = [];
    let from = at(c.from);
    for (let i = 0; i < c.expected.length; i++) {
      const next = nextReminderFrom(plan, from)!;
      sent.push([next.kind, next.at]);
      from = next.at + 1;
    }
    expect(sent).toEqual(c.expected.map(([kind, iso]) => [kind, at(iso)]));
  });
});

describe('next reminder across time zones', () => {
  const bedtimes = { ...sameEveryNight('22:30'), fri: '23:30', sat: '00:15' };
  const plan = (timeZone: string) => ({
    bedtimes,
    leadMinutes: 30,
    choice: { windDown: true, bedtime: true },
    timeZone,
  });

  it.each([
    ['Europe/Berlin', '2026-11-27T12:00+01:00', '2026-11-27T23:00+01:00'],
    ['America/Los_Angeles', '2026-11-27T12:00-08:00', '2026-11-27T23:00-08:00'],
    ['Asia/Tokyo', '2026-11-27T12:00+09:00', '2026-11-27T23:00+09:00'],
    ['Pacific/Chatham', '2026-11-27T12:00+13:45', '2026-11-27T23:00+13:45'],
  ])('Friday night in %s: its own 23:30, winding down at 23:00', (zone, from, expected) => {
    expect(nextReminderFrom(plan(zone), at(from))).toEqual({
      kind: 'wind-down',
      at: at(expected),
      bedtimeAt: at(expected) + 30 * 60_000,
    });
  });

  it("Saturday night's bedtime after midnight belongs to Saturday", () => {
    const next = nextReminderFrom(plan('Europe/Berlin'), at('2026-11-28T23:50+01:00'));
    expect(next).toMatchObject({ kind: 'bedtime', at: at('2026-11-29T00:15+01:00') });
  });

  it('nothing when both reminders are off', () => {
    const off = { ...plan('UTC'), choice: { windDown: false, bedtime: false } };
    expect(nextReminderFrom(off, 0)).toBeNull();
  });
});
