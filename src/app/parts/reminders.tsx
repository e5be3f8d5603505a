import { ReminderBanner } from '../../features/reminders/ReminderBanner';
import type { NightLogged } from '../../features/reminders/logged-nights';
import { createRemindersModel } from '../../features/reminders/reminders-model';
import { ReminderSettings } from '../../features/reminders/ReminderSettings';
import { settingsPart } from '../../lib/settings/settings-access';
import type { AppSettings } from '../settings-schema';

/** Reminders: started after first paint; their note in the shell, their section on /schedule. */
export function createRemindersPart(settings: AppSettings, nightLogged: NightLogged) {
  const model = createRemindersModel({ settings: settingsPart(settings), nightLogged });
  return {
    start: model.start,
    Banner: () => <ReminderBanner model={model} />,
    Section: () => <ReminderSettings model={model} />,
    dispose: model.dispose,
  };
}
