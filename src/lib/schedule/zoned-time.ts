import type { CivilDate } from './civil-date';

/** What a wall clock in some time zone shows at one moment. */
export interface WallClock extends CivilDate {
  hour: number;
  minute: number;
  second: number;
}

// One formatter per zone: constructing them is the slow part of Intl.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

let known: { zone: string; offsets: string; at: number } | undefined;

/**
 * The device's IANA time zone ("Europe/Berlin"); it changes when the person travels. Reading
 * it builds a formatter, a few ms on a phone, and Tonight and the reminders ask each second;
 * the zone's offsets from UTC now and through the year are cheap to read and change with it.
 * So it is read again when they change, and at least once a minute. (`now` is the device's
 * wall clock, as lib/time/clock's systemClock; this file also serves the service worker and the
 * server, which do not share that module.)
 */
export function deviceTimeZone(now = Date.now()): string {
  const year = new Date(now).getFullYear();
  const offsets = [
    now,
    ...Array.from({ length: 12 }, (_, month) => new Date(year, month).getTime()),
  ]
    .map((instant) => new Date(instant).getTimezoneOffset())
    .join();
  if (known?.offsets !== offsets || !(known.at <= now && now < known.at + 60_000))
    known = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC', offsets, at: now };
  return known.zone;
}

/** The wall clock in `timeZone` at `instant` (ms since the epoch). */
export function wallClockAt(instant: number, timeZone: string): WallClock {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year,
    month: fields.month,
    day: fields.day,
    // Some engines still write midnight as "24" under h23.
    hour: fields.hour % 24,
    minute: fields.minute,
    second: fields.second,
  };
}

/** How far `timeZone`'s wall clock is ahead of UTC at `instant`, in ms. */
export function offsetAt(instant: number, timeZone: string): number {
  const wall = wallClockAt(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

const DAY_MS = 86_400_000;

/**
 * The moment the wall clock in `timeZone` shows `minutes` after midnight on `date`.
 * Daylight saving leaves two cases, settled as RFC 5545 (3.3.5) and Temporal's "compatible"
 * do, so that the app and a calendar agree:
 * - a time the clocks skip (02:30 on a spring-forward night) moves on by the gap (03:30);
 * - a time the clocks show twice (02:30 on a fall-back night) is the first of the two.
 */
export function instantAt(date: CivilDate, minutes: number, timeZone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day, 0, minutes);
  // The offsets a day either side cover every zone's single change around this time.
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const matches = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => instant + offsetAt(instant, timeZone) === wall)
    .sort((a, b) => a - b);
  // No match: the time was skipped. Read it with the offset from before the gap.
  return matches[0] ?? wall - before;
}
