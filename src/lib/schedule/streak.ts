import type { JournalEntry } from '../storage/journal';
import { addDays, dateKey } from './civil-date';
import { nightDateOf } from './nights';

/**
 * How many nights in a row, up to last night or tonight, the routine was finished. Tonight
 * not done yet does not break the run; a night missed does. Entries count for the night they
 * started in (a routine begun at 00:10 belongs to the evening before), in the device's zone.
 */
export function nightsInARow(
  entries: readonly Pick<JournalEntry, 'kind' | 'startedAt'>[],
  now: number,
  timeZone: string,
): number {
  const done = new Set(
    entries
      .filter((entry) => entry.kind === 'routine')
      .map((entry) => dateKey(nightDateOf(entry.startedAt, timeZone))),
  );
  const tonight = nightDateOf(now, timeZone);
  let night = done.has(dateKey(tonight)) ? tonight : addDays(tonight, -1);
  let count = 0;
  while (done.has(dateKey(night))) {
    count += 1;
    night = addDays(night, -1);
  }
  return count;
}
