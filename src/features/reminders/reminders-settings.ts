import { bool, type Infer } from '../../lib/storage/schema';

/**
 * Which reminders the person wants, following the schedule's nights. Both off until the person
 * turns one on: notifications are asked for only then.
 */
export const remindersSettingsShape = {
  /** A reminder when the wind-down starts. */
  windDown: bool(false),
  /** A reminder at bedtime. */
  bedtime: bool(false),
};

/** The reminder settings as the app uses them. */
export type RemindersSettings = Infer<typeof remindersSettingsShape>;
