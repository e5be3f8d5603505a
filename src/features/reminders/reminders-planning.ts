// Planning: which reminders matter now and which comes next, from the schedule and the
// reminder settings, with the words each is shown with. Pure: the clock and zone come in.
import { nextReminder, REMINDER_GRACE_MS, snoozeOf } from '../../lib/reminders/due';
import { planReminders, type PlannedReminder, type ReminderChoice } from '../../lib/reminders/plan';
import type { ReminderAction, StoredReminder } from '../../lib/reminders/reminder-store';
import { REMINDER_PATH } from '../../lib/reminders/show-reminder';
import type { ReminderMessage } from '../../lib/reminders/worker-messages';
import type { Schedule } from '../../lib/schedule/schedule';
import { clockTimeIn } from '../../lib/intl-cache';
import { t } from './messages';

/** How many reminders ahead are kept for the service worker. */
const PLAN_AHEAD = 4;

/** Where the wake reminder goes: the morning check-in (the check-in feature's path). */
const CHECK_IN_PATH = '/check-in';

const reminderActions = (): ReminderAction[] => [
  { action: 'start', title: t('action.start') },
  { action: 'snooze', title: t('action.snooze') },
];

/** A planned reminder with the words it is shown with, in `zone`'s clock. */
export function withWords(
  { id, kind, at, bedtimeAt }: PlannedReminder,
  zone: string,
): StoredReminder {
  // Nothing to start or snooze in the morning: a tap opens the check-in.
  if (kind === 'wake')
    return {
      id,
      kind,
      at,
      title: t('wake.title'),
      body: t('wake.body'),
      url: CHECK_IN_PATH,
      actions: [],
      zone,
      bedtimeAt,
    };
  return {
    id,
    kind,
    at,
    title: kind === 'wind-down' ? t('windDown.title') : t('bedtime.title'),
    body:
      kind === 'wind-down'
        ? t('windDown.body', { time: clockTimeIn(bedtimeAt, zone) })
        : t('bedtime.body'),
    url: REMINDER_PATH,
    actions: reminderActions(),
    zone,
    bedtimeAt,
  };
}

/**
 * A kept reminder (a snooze, the banner's) in the language spoken now, so words made before a
 * change of language follow it; its own path, zone and buttons stay. A wind-down reminder that
 * does not know its bedtime (kept before bedtimes were) keeps its words.
 */
export function inWordsNow(reminder: StoredReminder, zone: string): StoredReminder {
  const { kind, bedtimeAt } = reminder;
  if (kind === 'wind-down' && bedtimeAt === undefined) return reminder;
  const words = withWords({ ...reminder, bedtimeAt: bedtimeAt ?? reminder.at }, zone);
  const titles = new Map(words.actions.map(({ action, title }) => [action, title]));
  const actions = reminder.actions.map(({ action, title }) => ({
    action,
    title: titles.get(action) ?? title,
  }));
  return { ...reminder, title: words.title, body: words.body, actions };
}

/**
 * The reminders that matter at `now`, soonest first: the schedule's next ones, from the grace
 * back (so one just due is among them), and the snoozed ones.
 */
export function remindersAround(
  schedule: Schedule,
  choice: ReminderChoice,
  snoozed: readonly StoredReminder[],
  now: number,
  zone: string,
): StoredReminder[] {
  const planned = planReminders(schedule, choice, now - REMINDER_GRACE_MS, zone, PLAN_AHEAD + 1);
  return [
    ...planned.map((item) => withWords(item, zone)),
    ...snoozed.map((item) => inWordsNow(item, zone)),
  ].sort((a, b) => a.at - b.at);
}

/** When the next reminder not yet shown is due; Infinity when none is. */
export function nextDueAt(
  reminders: readonly StoredReminder[],
  now: number,
  fired: readonly string[],
): number {
  return nextReminder(reminders, now, fired)?.at ?? Infinity;
}

/** The next reminders not yet shown, as many as the service worker keeps. */
export function aheadForWorker(
  reminders: readonly StoredReminder[],
  now: number,
  fired: readonly string[],
): StoredReminder[] {
  const done = new Set(fired);
  return reminders.filter((item) => item.at > now && !done.has(item.id)).slice(0, PLAN_AHEAD);
}

/** The reminder "Snooze 10 min" (tapped at `now`) plans, with the words it was shown with. */
export function snoozedReminder(
  { id, kind, title, body, bedtimeAt }: Extract<ReminderMessage, { type: 'snooze' }>,
  now: number,
): StoredReminder {
  const original: StoredReminder = {
    id,
    kind,
    at: now,
    title,
    body,
    url: REMINDER_PATH,
    actions: reminderActions(),
    ...(bedtimeAt === undefined ? {} : { bedtimeAt }),
  };
  return snoozeOf(original, now);
}
