import { describe, it, expect } from 'vitest';
import { instantAt, offsetAt, wallClockAt } from '../../../src/lib/schedule/zoned-time';
import { at, day } from './fixtures';

const HOUR = 3_600_000;

describe('wallClockAt and offsetAt', () => {
  it('reads the wall clock of a zone at an instant', () => {
    expect(wallClockAt(at('2026-11-23T21:30Z'), 'Europe/Berlin')).toEqual({
      year: 2026,
      month: 11,
      day: 23,
      hour: 22,
      minute: 30,
      second: 0,
    });
    expect(wallClockAt(at('2026-11-23T23:30Z'), 'Australia/Sydney')).toMatchObject({
      day: 24,
      hour: 10,
    });
  });

  it('writes midnight as hour 0', () => {
    expect(wallClockAt(at('2026-11-23T05:00Z'), 'America/New_York')).toMatchObject({
      day: 23,
      hour: 0,
      minute: 0,
    });
  });

  it('knows summer and winter offsets', () => {
    expect(offsetAt(at('2026-01-15T12:00Z'), 'Europe/Berlin')).toBe(1 * HOUR);
    expect(offsetAt(at('2026-07-15T12:00Z'), 'Europe/Berlin')).toBe(2 * HOUR);
    expect(offsetAt(at('2026-07-15T12:00Z'), 'America/New_York')).toBe(-4 * HOUR);
    expect(offsetAt(at('2026-07-15T12:00Z'), 'Australia/Sydney')).toBe(10 * HOUR);
    expect(offsetAt(at('2026-01-15T12:00Z'), 'Australia/Sydney')).toBe(11 * HOUR);
  });
});

describe('instantAt', () => {
  it('finds an ordinary wall time', () => {
    expect(instantAt(day('2026-11-23'), 22 * 60 + 30, 'Europe/Berlin')).toBe(
      at('2026-11-23T22:30+01:00'),
    );
  });

  it.each([
    // The clocks skip the hour: the time moves on by the gap, as RFC 5545 reads it.
    ['Europe/Berlin', '2026-03-29', '2026-03-29T03:30+02:00'],
    ['America/New_York', '2026-03-08', '2026-03-08T03:30-04:00'],
    ['Australia/Sydney', '2026-10-04', '2026-10-04T03:30+11:00'],
  ])('moves 02:30 on the spring-forward night in %s on by the gap', (zone, date, expected) => {
    expect(instantAt(day(date), 2 * 60 + 30, zone)).toBe(at(expected));
  });

  it.each([
    // The clocks show the hour twice: the first one counts.
    ['Europe/Berlin', '2026-10-25', 2 * 60 + 30, '2026-10-25T02:30+02:00'],
    ['America/New_York', '2026-11-01', 1 * 60 + 30, '2026-11-01T01:30-04:00'],
    ['Australia/Sydney', '2026-04-05', 2 * 60 + 30, '2026-04-05T02:30+11:00'],
  ])(
    'takes the first of a repeated time on the fall-back night in %s',
    (zone, date, minutes, expected) => {
      expect(instantAt(day(date), minutes, zone)).toBe(at(expected));
    },
  );

  it('is right on either side of a change', () => {
    expect(instantAt(day('2026-03-28'), 22 * 60 + 30, 'Europe/Berlin')).toBe(
      at('2026-03-28T22:30+01:00'),
    );
    expect(instantAt(day('2026-03-29'), 22 * 60 + 30, 'Europe/Berlin')).toBe(
      at('2026-03-29T22:30+02:00'),
    );
    expect(instantAt(day('2026-03-29'), 1 * 60 + 59, 'Europe/Berlin')).toBe(
      at('2026-03-29T01:59+01:00'),
    );
    expect(instantAt(day('2026-03-29'), 3 * 60, 'Europe/Berlin')).toBe(
      at('2026-03-29T03:00+02:00'),
    );
  });
});
