import { bool, clockTime, int, oneOf, type Infer } from '../../lib/storage/schema';

// 23:00 to 07:00: "about 23:00 is a typical choice" (CONTENT.md); the person sets their own.
const night = () => ({ bedtime: clockTime('23:00'), wake: clockTime('07:00') });

/** The two ways to set nights one by one: weeknights and weekend nights, or each night. */
export const perNightForms = ['split', 'each'] as const;

/**
 * The sleep schedule, in wall-clock time wherever the device is. Nights are named by their
 * evening ("fri" is Friday night, even when its bedtime is 00:30 on Saturday). Both the
 * every-night and the per-night times are kept, so switching between them loses nothing.
 */
export const scheduleSettingsShape = {
  sameEveryDay: bool(true),
  everyNight: night(),
  nights: {
    mon: night(),
    tue: night(),
    wed: night(),
    thu: night(),
    fri: night(),
    sat: night(),
    sun: night(),
  },
  /** Which per-night form the person last used (when `sameEveryDay` is off). */
  perNightForm: oneOf<(typeof perNightForms)[number]>('split', perNightForms),
  /** Wind-down starts this many minutes before bedtime. */
  leadMinutes: int(45, 10, 120),
};

/** The schedule as the app uses it. */
export type ScheduleSettings = Infer<typeof scheduleSettingsShape>;
