import type { ComponentType } from 'preact';
import { appReminders } from './app-reminders';
import { ReminderBanner } from './ReminderBanner';

/**
 * Starts reminders for the running app and hands the shell the banner to show. Loaded after
 * first paint, so none of reminders is in the first-load JS.
 */
export function startReminders(): ComponentType {
  appReminders.start();
  return ReminderBanner;
}
