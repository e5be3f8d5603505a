import { openKeyValueStore, type KeyValueStore } from '../storage/kv';
import { isPlainObject, list, num, oneOf, record, text, type Field } from '../storage/schema';
import { dueReminders, isInstant, reminderKinds, type ReminderKind } from './due';

/** The database of reminders, apart from the settings: the service worker opens it too. */
export const REMINDER_DB = 'lull-reminders';

/** How many fired ids are kept: a week of two reminders a night, several times over. */
export const KEEP_FIRED = 50;

/** A notification button: "Start wind-down" ('start') or "Snooze 10 min" ('snooze'). */
export interface ReminderAction {
  action: 'start' | 'snooze';
  title: string;
}

/**
 * A reminder as the worker needs it: everything to show it, in the person's language, with no
 * schedule code. The page writes these; the worker only reads them.
 */
export interface StoredReminder {
  id: string;
  kind: ReminderKind;
  at: number;
  title: string;
  body: string;
  /** The app path a tap opens. */
  url: string;
  actions: ReminderAction[];
  /**
   * The time zone whose clock `at` was planned on: a planned reminder is a time on the clock,
   * so the worker moves it to the device's zone when that changed. None for a snooze (an
   * instant) or a record from before zones were kept.
   */
  zone?: string;
  /**
   * The bedtime of the reminder's night (the wind-down reminder names it), so its words can be
   * made again in the language of the moment it is shown. None in records from before.
   */
  bedtimeAt?: number;
}

/** A record that must have every one of its fields: a part-written reminder is no reminder. */
function complete<T extends object>(field: Field<T>): Field<T> {
  const keys = Object.keys(field.fallback);
  return {
    ...field,
    parse: (raw) =>
      isPlainObject(raw) && keys.every((key) => key in raw) ? field.parse(raw) : undefined,
  };
}

const storedReminder = complete(
  record({
    id: text('', 200),
    kind: oneOf<ReminderKind>('wind-down', reminderKinds),
    at: num(0, 0, 8.64e15),
    title: text('', 200),
    body: text('', 500),
    url: text('/', 200),
    actions: list<ReminderAction>(
      [],
      record({
        action: oneOf<ReminderAction['action']>('start', ['start', 'snooze']),
        title: text('', 100),
      }),
      2,
    ),
  }),
);
/** The zone and bedtime are kept when they are there: snoozes and older records may lack them. */
const withOptional = (field: Field<StoredReminder>): Field<StoredReminder> => ({
  ...field,
  parse(raw) {
    const reminder = field.parse(raw);
    if (!reminder || !isPlainObject(raw)) return reminder;
    const { zone, bedtimeAt } = raw;
    const validZone = typeof zone === 'string' && zone.length > 0 && zone.length <= 100;
    return {
      ...reminder,
      ...(validZone ? { zone } : {}),
      ...(isInstant(bedtimeAt) ? { bedtimeAt } : {}),
    };
  },
});
// Damaged records are dropped one by one; the rest stay.
const reminderList = list<StoredReminder>([], withOptional(storedReminder), 20);
const idList = list<string>([], text('', 200), KEEP_FIRED);

const FIRED = 'fired';
const PLANNED = 'planned';
const SNOOZED = 'snoozed';
const DAY_MS = 86_400_000;

/**
 * What fired and what is planned, shared by every tab and the service worker. Safe in a
 * worker: no DOM, no schedule code.
 */
export function openReminderStore(store: KeyValueStore = openKeyValueStore(REMINDER_DB)) {
  const read = async <T>(key: string, field: { parse(raw: unknown): T | undefined }, fallback: T) =>
    field.parse(await store.get(key)) ?? fallback;
  const fired = () => read(FIRED, idList, []);

  /**
   * Marks a reminder as fired; true only for the one caller that marked it first. The read and
   * the write are one transaction, so of two tabs (or a tab and the worker) only one wins.
   */
  const claim = async (id: string): Promise<boolean> => {
    let claimed = false;
    await store.update<unknown>(FIRED, (old) => {
      const ids = idList.parse(old) ?? [];
      claimed = !ids.includes(id);
      return claimed ? [...ids, id].slice(-KEEP_FIRED) : ids;
    });
    return claimed;
  };

  return {
    /** The ids of the reminders already shown, oldest first. */
    fired,
    claim,
    /**
     * Claims every reminder due at `now` and returns the newest this caller claimed, the one to
     * show. Older ones due at the same moment are passed over: one reminder, not a pile.
     */
    async claimDue(
      reminders: readonly StoredReminder[],
      now: number,
    ): Promise<StoredReminder | null> {
      let newest: StoredReminder | null = null;
      for (const reminder of dueReminders(reminders, now, await fired()))
        if (await claim(reminder.id)) newest = reminder;
      return newest;
    },
    /** The next reminders from the schedule, as the page last planned them. */
    planned: () => read(PLANNED, reminderList, []),
    setPlanned: (reminders: readonly StoredReminder[]) => store.set(PLANNED, reminders),
    /** One-off reminders from "Snooze 10 min". */
    snoozed: () => read(SNOOZED, reminderList, []),
    /** Adds a snoozed reminder unless one with its id is there; drops those a day old. */
    async addSnooze(reminder: StoredReminder, now: number): Promise<void> {
      await store.update<unknown>(SNOOZED, (old) => {
        const kept = (reminderList.parse(old) ?? []).filter((item) => item.at > now - DAY_MS);
        return kept.some((item) => item.id === reminder.id) ? kept : [...kept, reminder];
      });
    },
    /** Forgets planned and snoozed reminders (reminders turned off). What fired is kept. */
    async clearPlans(): Promise<void> {
      await Promise.all([store.del(PLANNED), store.del(SNOOZED)]);
    },
  };
}

/** The reminder store's interface. */
export type ReminderStore = ReturnType<typeof openReminderStore>;
