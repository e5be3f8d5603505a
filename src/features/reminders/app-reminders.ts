import { createRemindersModel } from './reminders-model';

/**
 * The one reminders model of the running app: started after first paint (src/main.tsx), and
 * set from the schedule screen's reminders section.
 */
export const appReminders = createRemindersModel();
