/// <reference lib="webworker" />
import { openKeyValueStore } from '../lib/storage/kv';
import { SETTINGS_DB, SETTINGS_KEY } from '../lib/settings/painted-theme';
import { reminderLocaleOf, speakReminderLanguage } from '../lib/reminders/worker-language';

declare const self: ServiceWorkerGlobalScope;

const settings = openKeyValueStore(SETTINGS_DB);

/**
 * Reads the person's language from the settings (each time: it may have changed since the
 * worker started) and speaks it in the reminder words. Unreadable settings: the device's.
 */
export async function speakStoredLanguage(): Promise<void> {
  const stored = await settings.get(SETTINGS_KEY).catch(() => undefined);
  speakReminderLanguage(reminderLocaleOf(stored, self.navigator.languages));
}
