import { addDays, dayOfWeek } from '../schedule/civil-date';
import { nightDateOf, nightOn } from '../schedule/nights';
import { weekdays, type Schedule, type Weekday } from '../schedule/schedule';
import { escapeText, floatingDateTime, joinLines, minutesDuration, utcDateTime } from './ical-text';

/*
 * Why floating local times, not TZID with a VTIMEZONE:
 * - Lull's schedule is wall-clock time wherever the device is (an alarm-clock habit: 22:30 in
 *   Berlin, and 22:30 in New York after the flight). RFC 5545 3.3.5 defines floating time for
 *   exactly that: "the same hour, minute, and second value regardless of which time zone is
 *   currently being observed". A TZID would pin the bedtime to the zone the file was made in,
 *   so a traveller's calendar would ring at 04:30.
 * - Daylight saving is then right by definition: 22:30 stays 22:30 on both sides of a change,
 *   and the calendar app applies its own, always current, zone rules. A VTIMEZONE built from
 *   Intl covers only the years sampled; an open-ended RRULE runs past them, where clients
 *   would fall back on the last offset given and be an hour out half the year.
 * The cost: Google Calendar and Outlook may fix floating times to the calendar's own zone on
 * import; at home that is the same wall time.
 */

/** The words the calendar carries (from the feature's message catalog). */
export interface CalendarText {
  summary: string;
  description: string;
  /** Shown by the alarm at wind-down start. */
  alarm: string;
  /** Their language as a BCP 47 tag ('ru'), marked on each (RFC 5545 3.2.10 LANGUAGE). */
  language?: string;
}

/** Two-letter weekday codes of RFC 5545 BYDAY, by `getDay()` number. */
const bydayCodes = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The UID of one night of the week: the same in every file, so adding again updates it. */
export const nightUid = (night: Weekday) => `lull-bedtime-${night}-night@lull`;

// SEQUENCE must grow with each revision for clients to take the newer copy on re-import.
const SEQUENCE_EPOCH = Date.UTC(2026, 0, 1);

/**
 * An iCalendar file of the schedule: one weekly VEVENT per night of the week (bedtime to wake,
 * free time, not busy) with an alarm at wind-down start. Always seven events with fixed UIDs:
 * grouping equal nights into one event would tie UIDs to the grouping, and a file can add and
 * update events but not remove them, so a changed grouping would leave stale duplicates.
 */
export function buildBedtimeCalendar(
  schedule: Schedule,
  { now, timeZone, text }: { now: number; timeZone: string; text: CalendarText },
): string {
  const tonight = nightDateOf(now, timeZone);
  const stamp = utcDateTime(now);
  const sequence = Math.max(0, Math.floor((now - SEQUENCE_EPOCH) / 60_000));
  // A calendar app may pick fonts, hyphenation or a voice for the text by it.
  const inLanguage = text.language ? `;LANGUAGE=${text.language}` : '';
  const events = weekdays.flatMap((weekday) => {
    // The first night of this weekday from tonight on.
    const offset = Array.from({ length: 7 }, (_, i) => i).find(
      (i) => nightOn(schedule, addDays(tonight, i), timeZone).weekday === weekday,
    ) as number;
    const night = nightOn(schedule, addDays(tonight, offset), timeZone);
    return [
      'BEGIN:VEVENT',
      `UID:${nightUid(weekday)}`,
      `DTSTAMP:${stamp}`,
      `LAST-MODIFIED:${stamp}`,
      `SEQUENCE:${sequence}`,
      `DTSTART:${floatingDateTime(night.bedtime.date, night.bedtime.minutes)}`,
      `DTEND:${floatingDateTime(night.wake.date, night.wake.minutes)}`,
      // The day of the bedtime itself: a Friday-night 00:30 bedtime recurs on Saturdays.
      `RRULE:FREQ=WEEKLY;BYDAY=${bydayCodes[dayOfWeek(night.bedtime.date)]}`,
      `SUMMARY${inLanguage}:${escapeText(text.summary)}`,
      `DESCRIPTION${inLanguage}:${escapeText(text.description)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION${inLanguage}:${escapeText(text.alarm)}`,
      `TRIGGER;RELATED=START:${minutesDuration(-schedule.leadMinutes)}`,
      'END:VALARM',
      'END:VEVENT',
    ];
  });
  return joinLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Lull//Bedtime schedule//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events,
    'END:VCALENDAR',
  ]);
}
