import { bool, type Infer } from '../../lib/storage/schema';

/**
 * Which reminders the person wants, following the schedule's nights. All off until the person
 * turns one on: notifications are asked for only then.
 */
export const remindersSettingsShape = {
  /** A reminder when the wind-down starts. */
  windDown: bool(false),
  /** A reminder at bedtime. */
  bedtime: bool(false),
  /** "Fill in last night?" at wake time, while last night is not in the diary. */
  wake: bool(false),
};

/** The reminder settings as the app uses them. */
export type RemindersSettings = Infer<typeof remindersSettingsShape>;
