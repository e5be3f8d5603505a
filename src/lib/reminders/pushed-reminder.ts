import { isInstant, type ReminderKind } from './due';

// Lull's server pushes only these: the wake reminder is the page's own.
const pushedKinds: readonly ReminderKind[] = ['wind-down', 'bedtime'];

/**
 * What a push from Lull's server carries: which reminder it is and its night's bedtime
 * (ms since the epoch). No words, no schedule, nothing about the person: the worker has those.
 */
export interface PushedReminder {
  kind: ReminderKind;
  at: number;
  bedtimeAt: number;
}

/** The push message's text for a reminder (the server writes it). */
export const pushedReminderText = ({ kind, at, bedtimeAt }: PushedReminder): string =>
  JSON.stringify({ kind, at, bedtimeAt });

/** A push message's text as a reminder, or undefined for anything else. */
export function readPushedReminder(text: string | undefined): PushedReminder | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text ?? '');
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const { kind, at, bedtimeAt } = data as Record<string, unknown>;
  if (!pushedKinds.includes(kind as ReminderKind) || !isInstant(at) || !isInstant(bedtimeAt))
    return undefined;
  return { kind: kind as ReminderKind, at, bedtimeAt };
}
