import { addDays, dateKey } from '../schedule/civil-date';
import type { DiaryStore } from './diary-store';
import { parseDateKey } from './local-time';

/** What Tonight needs to know of the diary before it asks "How did you sleep?". */
export interface DiaryGlance {
  /** The night has an entry (one that cannot be read counts: it is there, not missing). */
  logged: boolean;
  /** A night was logged in the week before it: the person keeps the diary. */
  keptLately: boolean;
}

const WEEK = 7;

/** Looks at one night and the week before it, key by key, without reading the whole diary. */
export async function glanceAt(
  diary: Pick<DiaryStore, 'get'>,
  night: string,
): Promise<DiaryGlance> {
  const date = parseDateKey(night);
  if (!date) return { logged: false, keptLately: false };
  const keys = Array.from({ length: WEEK + 1 }, (_, back) => dateKey(addDays(date, -back)));
  const found = await Promise.all(keys.map(async (key) => (await diary.get(key)) !== undefined));
  return { logged: found[0] === true, keptLately: found.slice(1).some(Boolean) };
}
