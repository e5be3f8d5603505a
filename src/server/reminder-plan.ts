import type { ReminderKind } from '../lib/reminders/due';
import { planReminders, type ReminderChoice } from '../lib/reminders/plan';
import { weekdays, type Schedule, type Weekday } from '../lib/schedule/schedule';

/** Each night's bedtime, "HH:MM" on the person's own clock, by the night's evening. */
export type Bedtimes = Record<Weekday, string>;

/** What the server keeps to know when to remind: no wake times, nothing else. */
export interface ReminderPlan {
  bedtimes: Bedtimes;
  leadMinutes: number;
  choice: ReminderChoice;
  timeZone: string;
}

/** One reminder to send: its kind, its instant and its night's bedtime (ms since the epoch). */
export interface DueReminder {
  kind: ReminderKind;
  at: number;
  bedtimeAt: number;
}

/**
 * The app's Schedule for these bedtimes. Reminders read only bedtimes and the lead; the wake
 * time is required by the type but never used for them, so it is set to the bedtime.
 */
export function scheduleOf(bedtimes: Bedtimes, leadMinutes: number): Schedule {
  const nights = Object.fromEntries(
    weekdays.map((night) => [night, { bedtime: bedtimes[night], wake: bedtimes[night] }]),
  ) as Schedule['nights'];
  return { sameEveryDay: false, everyNight: nights.mon, nights, leadMinutes };
}

/**
 * The first reminder at or after `from`, by the app's own rules (src/lib/reminders/plan.ts):
 * the same instants, daylight-saving gaps and repeats as the open app. Null when both
 * reminders are off.
 */
export function nextReminderFrom(plan: ReminderPlan, from: number): DueReminder | null {
  const schedule = scheduleOf(plan.bedtimes, plan.leadMinutes);
  const [next] = planReminders(schedule, plan.choice, from, plan.timeZone, 1);
  return next ? { kind: next.kind, at: next.at, bedtimeAt: next.bedtimeAt } : null;
}
