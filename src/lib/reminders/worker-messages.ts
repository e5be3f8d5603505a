import { isInstant, reminderKinds, type ReminderKind } from './due';
import { isAppPath } from './show-reminder';

/**
 * What the service worker tells open Lull windows: go to a path (a notification was tapped),
 * or plan a snoozed reminder (the window has the clock and the words for it).
 */
export type ReminderMessage =
  | { type: 'open'; path: string }
  | {
      type: 'snooze';
      id: string;
      kind: ReminderKind;
      title: string;
      body: string;
      /** The snoozed reminder's night's bedtime, when it knew it: its words are made again. */
      bedtimeAt?: number;
    };

/** A message from the worker, if it is one of these; undefined for anything else. */
export function readReminderMessage(data: unknown): ReminderMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as Record<string, unknown>;
  if (message.type === 'open')
    return isAppPath(message.path) ? { type: 'open', path: message.path } : undefined;
  if (message.type !== 'snooze') return undefined;
  const { id, kind, title, body, bedtimeAt } = message;
  if (typeof id !== 'string' || typeof title !== 'string' || typeof body !== 'string') return;
  if (!reminderKinds.includes(kind as ReminderKind)) return undefined;
  const bedtime = isInstant(bedtimeAt) ? { bedtimeAt } : {};
  return { type: 'snooze', id, kind: kind as ReminderKind, title, body, ...bedtime };
}
