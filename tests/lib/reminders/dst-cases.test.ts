import { describe, expect, it } from 'vitest';
import { planReminders } from '../../../src/lib/reminders/plan';
import { at, everyNight } from '../schedule/fixtures';
import { reminderCases } from './dst-cases';

// The server runs the same cases through its scheduler (tests/server/reminder-plan.test.ts).
describe('the app plans each shared case', () => {
  it.each(reminderCases)('$name', (c) => {
    const schedule = everyNight(c.bedtime, '09:00', c.leadMinutes);
    const plan = planReminders(schedule, c.choice, at(c.from), c.timeZone, c.expected.length);
    expect(plan.map((r) => [r.kind, r.at])).toEqual(c.expected.map(([k, iso]) => [k, at(iso)]));
  });
});
