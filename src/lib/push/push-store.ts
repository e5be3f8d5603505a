import { openKeyValueStore, type KeyValueStore } from '../storage/kv';
import { validRegistration, type PushRegistration } from './push-api';
import { PUSH_DB, WANTED_KEY as WANTED } from './push-wanted';

const REGISTRATION = 'registration';
const SENT = 'sent';

/**
 * What this device keeps about its push reminders: the id and secret the server gave (the
 * secret lives nowhere else), whether the person wants them, and what the server last accepted,
 * so an unchanged schedule is not sent again. Everything read back is checked.
 */
export function openPushStore(store: KeyValueStore = openKeyValueStore(PUSH_DB)) {
  return {
    async registration(): Promise<PushRegistration | null> {
      const raw = await store.get(REGISTRATION);
      return validRegistration(raw) ? { id: raw.id, secret: raw.secret } : null;
    },
    setRegistration: (registration: PushRegistration) => store.set(REGISTRATION, registration),
    /** Forgets the record (deleted on the server); what was sent goes with it. */
    async clearRegistration(): Promise<void> {
      await Promise.all([store.del(REGISTRATION), store.del(SENT)]);
    },
    wanted: async (): Promise<boolean> => (await store.get(WANTED)) === true,
    setWanted: (wanted: boolean) => store.set(WANTED, wanted),
    /** The body the server last accepted (JSON), or '' when none. */
    async sent(): Promise<string> {
      const raw = await store.get(SENT);
      return typeof raw === 'string' && raw.length < 8192 ? raw : '';
    },
    setSent: (body: string) => store.set(SENT, body),
  };
}

/** The push store's interface. */
export type PushStore = ReturnType<typeof openPushStore>;
