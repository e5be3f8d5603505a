import type { createBackupPart } from './backup';
import type { createRemindersPart } from './reminders';
import type { createSettingsPart } from './settings';
import type { createSoundsPart } from './sounds';

/** The Sounds part, as the routine uses it. */
export type SoundsPart = ReturnType<typeof createSoundsPart>;
/** The Settings part, as About uses it. */
export type SettingsPart = ReturnType<typeof createSettingsPart>;
/** The reminders part, as the schedule uses it. */
export type RemindersPart = ReturnType<typeof createRemindersPart>;
/** The backup part, as Settings uses it. */
export type BackupPart = ReturnType<typeof createBackupPart>;
