import { openKeyValueStore, type KeyValueStore } from '../storage/kv';

/** The database of push reminders: this device's record on Lull's server. */
export const PUSH_DB = 'lull-push';

/** The key under which the person's wish for push reminders is kept. */
export const WANTED_KEY = 'wanted';

/**
 * Whether the person turned push reminders on, read without the push code itself: reminders
 * load that code at start only when this says yes (or when their section is opened).
 */
export async function pushWanted(store: KeyValueStore = openKeyValueStore(PUSH_DB)) {
  return (await store.get(WANTED_KEY)) === true;
}
