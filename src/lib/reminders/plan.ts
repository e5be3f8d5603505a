import { addDays } from '../schedule/civil-date';
import { nightDateOf, nightsFrom } from '../schedule/nights';
import type { Schedule } from '../schedule/schedule';
import { reminderId, type ReminderKind } from './due';

/** A reminder's id; it lives in due.ts so the worker can name a pushed reminder without plan code. */
export { reminderId };

/** Which reminders the person asked for (the reminders settings). */
export interface ReminderChoice {
  windDown: boolean;
  bedtime: boolean;
  /** "Fill in last night?" at wake time; the page's only (Lull's server plans none). */
  wake?: boolean;
}

/** One reminder of the schedule, at one instant. */
export interface PlannedReminder {
  /** The same kind at the same instant has the same id in every tab and in the worker. */
  id: string;
  kind: ReminderKind;
  at: number;
  /** The bedtime of the reminder's night (the wind-down reminder names it). */
  bedtimeAt: number;
}

/**
 * The schedule's reminders at or after `from`, soonest first, at most `count`. Nights are
 * walked from the one before `from`'s, so a bedtime after midnight and its wind-down on the
 * evening before are both found; ten nights cover every weekday's next one.
 */
export function planReminders(
  schedule: Schedule,
  choice: ReminderChoice,
  from: number,
  timeZone: string,
  count = 4,
): PlannedReminder[] {
  if (!choice.windDown && !choice.bedtime && !choice.wake) return [];
  const nights = nightsFrom(schedule, addDays(nightDateOf(from, timeZone), -1), 10, timeZone);
  const reminders: PlannedReminder[] = [];
  for (const { windDownAt, bedtimeAt, wakeAt } of nights) {
    if (choice.windDown)
      reminders.push({
        id: reminderId('wind-down', windDownAt),
        kind: 'wind-down',
        at: windDownAt,
        bedtimeAt,
      });
    if (choice.bedtime)
      reminders.push({
        id: reminderId('bedtime', bedtimeAt),
        kind: 'bedtime',
        at: bedtimeAt,
        bedtimeAt,
      });
    if (choice.wake)
      reminders.push({ id: reminderId('wake', wakeAt), kind: 'wake', at: wakeAt, bedtimeAt });
  }
  return reminders
    .filter((reminder) => reminder.at >= from)
    .sort((a, b) => a.at - b.at)
    .slice(0, count);
}
