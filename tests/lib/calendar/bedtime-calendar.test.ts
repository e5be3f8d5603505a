import { describe, it, expect } from 'vitest';
import ICAL from 'ical.js';
import { buildBedtimeCalendar, nightUid } from '../../../src/lib/calendar/bedtime-calendar';
import { dateKey } from '../../../src/lib/schedule/civil-date';
import { nightDateOf, nightsFrom, type DatedNight } from '../../../src/lib/schedule/nights';
import { weekdays, type Schedule } from '../../../src/lib/schedule/schedule';
import { instantAt } from '../../../src/lib/schedule/zoned-time';
import { at, eachNight, everyNight } from '../schedule/fixtures';

const text = {
  summary: 'Bedtime',
  description: 'Wind-down starts 45 minutes before, lights low; wake at your time.',
  alarm: 'Time to start winding down',
};

/** One occurrence as a real RFC 5545 parser reads it. */
interface Occurrence {
  uid: string;
  start: string;
  end: string;
  startMinutes: number;
  alarmSeconds: number;
  startTime: ICAL.Time;
}

const wall = (time: ICAL.Time) =>
  `${dateKey({ year: time.year, month: time.month, day: time.day })} ${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;

/** Parses the file with ical.js and expands the first `count` occurrences of all its events. */
function expand(ics: string, count: number): Occurrence[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const occurrences = calendar.getAllSubcomponents('vevent').flatMap((vevent) => {
    const event = new ICAL.Event(vevent);
    const alarm = vevent.getFirstSubcomponent('valarm');
    const trigger = alarm?.getFirstPropertyValue('trigger') as ICAL.Duration;
    const iterator = event.iterator();
    const found: Occurrence[] = [];
    for (let time = iterator.next(); time && found.length < count; time = iterator.next()) {
      const details = event.getOccurrenceDetails(time);
      found.push({
        uid: event.uid,
        start: wall(details.startDate),
        end: wall(details.endDate),
        startMinutes: details.startDate.hour * 60 + details.startDate.minute,
        alarmSeconds: trigger.toSeconds(),
        startTime: details.startDate,
      });
    }
    return found;
  });
  return occurrences.sort((a, b) => a.start.localeCompare(b.start)).slice(0, count);
}

const expectedWall = (night: DatedNight, which: 'bedtime' | 'wake') => {
  const { date, minutes } = night[which];
  return `${dateKey(date)} ${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};

function expectMatchesSchedule(schedule: Schedule, now: number, timeZone: string) {
  const ics = buildBedtimeCalendar(schedule, { now, timeZone, text });
  const occurrences = expand(ics, 21);
  const nights = nightsFrom(schedule, nightDateOf(now, timeZone), 21, timeZone);
  expect(occurrences).toHaveLength(21);
  occurrences.forEach((occurrence, i) => {
    const night = nights[i];
    expect(occurrence.start, `night ${i}`).toBe(expectedWall(night, 'bedtime'));
    expect(occurrence.end, `night ${i}`).toBe(expectedWall(night, 'wake'));
    expect(occurrence.uid).toBe(nightUid(night.weekday));
    // Floating times are read in the device's zone, as a calendar app on it does.
    const { startTime } = occurrence;
    const startAt = instantAt(startTime, occurrence.startMinutes, timeZone);
    expect(startAt, `night ${i}`).toBe(night.bedtimeAt);
    expect(startAt + occurrence.alarmSeconds * 1000, `night ${i}`).toBe(night.windDownAt);
    expect(startTime.zone?.tzid).toBe('floating');
  });
  return { ics, occurrences, nights };
}

describe('the bedtime calendar, read by ical.js', () => {
  it('matches a per-weekday schedule for 21 nights across the spring change in Berlin', () => {
    const schedule = eachNight(
      {
        fri: { bedtime: '00:30', wake: '09:00' },
        // Saturday 27 March 2027: bedtime falls in the hour the clocks skip.
        sat: { bedtime: '02:30', wake: '10:00' },
        sun: { bedtime: '22:00', wake: '06:00' },
      },
      30,
    );
    const { nights } = expectMatchesSchedule(
      schedule,
      at('2027-03-17T15:00+01:00'),
      'Europe/Berlin',
    );
    // The change is inside the 21 nights, and the skipped-hour bedtime moved on by the gap.
    const changeNight = nights.find((night) => dateKey(night.date) === '2027-03-27');
    expect(changeNight?.bedtimeAt).toBe(at('2027-03-28T03:30+02:00'));
  });

  it('matches an every-night schedule across the autumn change in New York', () => {
    const { nights } = expectMatchesSchedule(
      everyNight('22:30', '06:30', 45),
      at('2026-10-20T09:00-04:00'),
      'America/New_York',
    );
    expect(nights[0].bedtimeAt).toBe(at('2026-10-19T22:30-04:00'));
    expect(nights[20].bedtimeAt).toBe(at('2026-11-08T22:30-05:00'));
  });

  it('matches across the spring change in Sydney, with a long wind-down', () => {
    expectMatchesSchedule(
      everyNight('23:15', '07:00', 120),
      at('2026-09-25T18:00+10:00'),
      'Australia/Sydney',
    );
  });

  it('recurs a Friday-night bedtime after midnight on Saturdays', () => {
    const ics = buildBedtimeCalendar(eachNight({ fri: { bedtime: '00:30', wake: '09:00' } }), {
      now: at('2026-11-23T12:00+01:00'),
      timeZone: 'Europe/Berlin',
      text,
    });
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const friday = calendar
      .getAllSubcomponents('vevent')
      .find((vevent) => vevent.getFirstPropertyValue('uid') === nightUid('fri'));
    expect(String(friday?.getFirstPropertyValue('rrule'))).toBe('FREQ=WEEKLY;BYDAY=SA');
    expect(String(friday?.getFirstPropertyValue('dtstart'))).toBe('2026-11-28T00:30:00');
  });

  it('keeps the same seven UIDs whatever the schedule, and a growing SEQUENCE', () => {
    const first = buildBedtimeCalendar(everyNight('22:30', '06:30'), {
      now: at('2026-11-23T12:00Z'),
      timeZone: 'Europe/Berlin',
      text,
    });
    const changed = buildBedtimeCalendar(
      eachNight({ sat: { bedtime: '01:00', wake: '09:30' } }, 60),
      {
        now: at('2026-11-24T12:00Z'),
        timeZone: 'America/New_York',
        text,
      },
    );
    const uids = (ics: string) =>
      new ICAL.Component(ICAL.parse(ics))
        .getAllSubcomponents('vevent')
        .map((vevent) => vevent.getFirstPropertyValue('uid'));
    const sequence = (ics: string) =>
      Number(
        new ICAL.Component(ICAL.parse(ics))
          .getFirstSubcomponent('vevent')
          ?.getFirstPropertyValue('sequence'),
      );
    expect(uids(first)).toEqual(weekdays.map(nightUid));
    expect(uids(changed)).toEqual(uids(first));
    expect(sequence(changed)).toBeGreaterThan(sequence(first));
  });

  it('is well-formed: CRLF, folded lines, escaped text that reads back the same', () => {
    const awkward = {
      summary: 'Bedtime; lights low, screens away \\ calm',
      description: 'Wind-down: lights low, a warm drink, then bed.\nSleep well, Jürgen 🌙 '.repeat(
        3,
      ),
      alarm: 'Time to wind down, gently',
    };
    const ics = buildBedtimeCalendar(everyNight('22:30', '06:30'), {
      now: at('2026-11-23T12:00Z'),
      timeZone: 'Europe/Berlin',
      text: awkward,
    });
    const lines = ics.split('\r\n');
    expect(lines.pop()).toBe('');
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    lines.forEach((line) => expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75));
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('summary')).toBe(awkward.summary);
    expect(vevent?.getFirstPropertyValue('description')).toBe(awkward.description);
    expect(vevent?.getFirstSubcomponent('valarm')?.getFirstPropertyValue('description')).toBe(
      awkward.alarm,
    );
  });
});
