// What a reminder is and when it is shown: the rules the page and the service worker share.
// No schedule code here (that is plan.ts, the page's), so the worker needs none.

const MINUTE_MS = 60_000;

/** What a reminder is for: the start of the wind-down, bedtime itself, or filling in the night at wake. */
export type ReminderKind = 'wind-down' | 'bedtime' | 'wake';
/** Every kind of reminder, for validating stored ones. */
export const reminderKinds: readonly ReminderKind[] = ['wind-down', 'bedtime', 'wake'];

/**
 * "wind-down@2026-11-23T21:15:00.000Z": made from the kind and the instant, nothing else, so
 * every tab, the worker and a push from the server name one reminder alike.
 */
export const reminderId = (kind: ReminderKind, at: number) =>
  `${kind}@${new Date(at).toISOString()}`;

/**
 * How late a reminder may still be shown: 10 minutes. A hidden tab's timers can be held back
 * (Chromium aligns them to the minute; a frozen tab or a sleeping laptop wakes later still),
 * so a reminder must not need to land on the second. But the shortest wind-down lead is 10
 * minutes, so a wind-down reminder never arrives after its own bedtime, and a phone that slept
 * for hours wakes to nothing stale rather than a pile of old reminders.
 */
export const REMINDER_GRACE_MS = 10 * MINUTE_MS;

/** "Snooze 10 min". */
export const SNOOZE_MS = 10 * MINUTE_MS;

/** A moment in ms since the epoch that a Date can hold. */
export const isInstant = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < 8.64e15;

/** What the timing rules need of a reminder. */
export interface Timed {
  id: string;
  at: number;
}

/**
 * The reminders whose time has come at `now`, not yet fired and at most `graceMs` late,
 * oldest first.
 */
export function dueReminders<R extends Timed>(
  planned: readonly R[],
  now: number,
  fired: Iterable<string>,
  graceMs = REMINDER_GRACE_MS,
): R[] {
  const done = new Set(fired);
  return planned
    .filter(
      (reminder) => reminder.at <= now && now - reminder.at <= graceMs && !done.has(reminder.id),
    )
    .sort((a, b) => a.at - b.at);
}

/** The first reminder still to come after `now` and not fired, or undefined. */
export function nextReminder<R extends Timed>(
  planned: readonly R[],
  now: number,
  fired: Iterable<string>,
): R | undefined {
  const done = new Set(fired);
  return planned
    .filter((reminder) => reminder.at > now && !done.has(reminder.id))
    .sort((a, b) => a.at - b.at)[0];
}

/**
 * The one-off reminder "Snooze 10 min" makes. Its id comes from the snoozed one's, so two
 * tabs that both hear the tap plan the same reminder, not two.
 */
export function snoozeOf<R extends Timed>(reminder: R, now: number): R {
  return { ...reminder, id: `${reminder.id}+snooze`, at: now + SNOOZE_MS };
}
