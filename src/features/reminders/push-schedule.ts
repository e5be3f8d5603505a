import type { PushSchedule } from '../../lib/push/push-api';
import { timesFor, weekdays, type Schedule, type Weekday } from '../../lib/schedule/schedule';
import type { RemindersSettings } from './reminders-settings';

/**
 * What Lull's server plans this device's reminders from: each night's bedtime (named by its
 * evening, as the schedule names them), the wind-down lead, which reminders are on, the time
 * zone the clock times mean, and the language the worker words them in.
 */
export function pushScheduleOf(
  schedule: Schedule,
  reminders: RemindersSettings,
  timeZone: string,
): PushSchedule {
  const bedtimes = Object.fromEntries(
    weekdays.map((night) => [night, timesFor(schedule, night).bedtime]),
  ) as Record<Weekday, string>;
  return {
    bedtimes,
    leadMinutes: schedule.leadMinutes,
    reminders: { windDown: reminders.windDown, bedtime: reminders.bedtime },
    timeZone,
    language: 'en',
  };
}
