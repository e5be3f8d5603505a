import { describe, it, expect } from 'vitest';
import {
  escapeText,
  floatingDateTime,
  foldLine,
  joinLines,
  minutesDuration,
  utcDateTime,
} from '../../../src/lib/calendar/ical-text';

const octets = (text: string) => new TextEncoder().encode(text).length;

describe('iCalendar text', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('leaves short lines alone', () => {
    expect(foldLine('SUMMARY:Bedtime')).toBe('SUMMARY:Bedtime');
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
  });

  it('folds at 75 octets, continuation lines starting with one space', () => {
    const folded = foldLine('DESCRIPTION:' + 'x'.repeat(200));
    const lines = folded.split('\r\n');
    expect(lines.length).toBe(3);
    lines.forEach((line) => expect(octets(line)).toBeLessThanOrEqual(75));
    lines.slice(1).forEach((line) => expect(line.startsWith(' ')).toBe(true));
    expect(lines.map((line, i) => (i ? line.slice(1) : line)).join('')).toBe(
      'DESCRIPTION:' + 'x'.repeat(200),
    );
  });

  it('counts UTF-8 octets and never splits a character', () => {
    const line = 'SUMMARY:' + 'Schlafenszeit für Jürgen 🌙 '.repeat(8);
    const lines = foldLine(line).split('\r\n');
    lines.forEach((part) => expect(octets(part)).toBeLessThanOrEqual(75));
    expect(lines.map((part, i) => (i ? part.slice(1) : part)).join('')).toBe(line);
    // A line full of three-octet characters is cut before 75 octets, not in a character.
    expect(octets(foldLine('€'.repeat(30)).split('\r\n')[0])).toBe(75);
    expect(octets(foldLine('a€€€€€€€€€€€€€€€€€€€€€€€€€€').split('\r\n')[0])).toBe(73);
  });

  it('ends every line with CRLF and has no bare line feeds', () => {
    const text = joinLines(['BEGIN:VCALENDAR', 'X:' + 'y'.repeat(100), 'END:VCALENDAR']);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes floating and UTC date-times and durations', () => {
    expect(floatingDateTime({ year: 2027, month: 3, day: 8 }, 22 * 60 + 5)).toBe('20270308T220500');
    expect(utcDateTime(Date.UTC(2026, 10, 22, 5, 51, 7))).toBe('20261122T055107Z');
    expect(minutesDuration(-45)).toBe('-PT45M');
    expect(minutesDuration(-120)).toBe('-PT2H');
    expect(minutesDuration(90)).toBe('PT1H30M');
    expect(minutesDuration(0)).toBe('PT0M');
  });
});
