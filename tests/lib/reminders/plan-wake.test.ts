import { describe, it, expect } from 'vitest';
import { planReminders, type ReminderChoice } from '../../../src/lib/reminders/plan';
import { at, eachNight, everyNight } from '../schedule/fixtures';

const both: ReminderChoice = { windDown: true, bedtime: true };

/** The plan as readable rows: kind and instant (ISO, UTC). */
const rows = (plan: ReturnType<typeof planReminders>) =>
  plan.map((reminder) => `${reminder.kind} ${new Date(reminder.at).toISOString()}`);

describe('planning the wake reminder', () => {
  const zone = 'Europe/Berlin';
  const schedule = everyNight('23:00', '07:00', 45);
  const wakeOnly: ReminderChoice = { windDown: false, bedtime: false, wake: true };

  it('is due at each morning’s wake time, the next day after today’s', () => {
    const plan = planReminders(schedule, wakeOnly, at('2026-11-24T06:00+01:00'), zone, 2);
    expect(rows(plan)).toEqual(['wake 2026-11-24T06:00:00.000Z', 'wake 2026-11-25T06:00:00.000Z']);
    const later = planReminders(schedule, wakeOnly, at('2026-11-24T07:01+01:00'), zone, 1);
    expect(rows(later)).toEqual(['wake 2026-11-25T06:00:00.000Z']);
  });

  it('follows each night’s own wake time, in the zone the device is in', () => {
    const weekend = eachNight({ fri: { bedtime: '00:30', wake: '09:30' } });
    const saturday = planReminders(weekend, wakeOnly, at('2026-11-28T08:00+01:00'), zone, 1);
    expect(rows(saturday)).toEqual(['wake 2026-11-28T08:30:00.000Z']);
    const inNewYork = planReminders(
      schedule,
      wakeOnly,
      at('2026-11-24T06:00-05:00'),
      'America/New_York',
      1,
    );
    expect(rows(inNewYork)).toEqual(['wake 2026-11-24T12:00:00.000Z']);
  });

  it('is off unless asked for, and Lull’s server (no `wake` in its choice) plans none', () => {
    const from = at('2026-11-24T06:00+01:00');
    expect(planReminders(schedule, { windDown: false, bedtime: false }, from, zone)).toEqual([]);
    expect(planReminders(schedule, both, from, zone).map((r) => r.kind)).not.toContain('wake');
  });
});
