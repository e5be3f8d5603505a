import { createScheduleModel } from '../../features/schedule/schedule-model';
import { ScheduleScreen } from '../../features/schedule/ScheduleScreen';
import { settingsPart } from '../../lib/settings/settings-access';
import type { AppSettings } from '../settings-schema';
import type { RemindersPart } from './types';

/** /schedule, with the reminders' section in it. */
export function createSchedulePart(settings: AppSettings, reminders: RemindersPart) {
  const model = createScheduleModel(settingsPart(settings));
  return { Screen: () => <ScheduleScreen model={model} Reminders={reminders.Section} /> };
}
