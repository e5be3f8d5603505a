import type { CivilDate } from '../schedule/civil-date';

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const utf8Length = (codePoint: number) =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * Folds a content line at 75 octets (RFC 5545 3.1): the rest continues on lines that begin
 * with one space. Counts UTF-8 octets and never splits a character's bytes.
 */
export function foldLine(line: string, limit = 75): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) as number);
    if (octets + size > limit) {
      out += '\r\n ';
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

/** The calendar text: each line folded, every line ended by CRLF. */
export function joinLines(lines: readonly string[]): string {
  return lines.map((line) => foldLine(line) + '\r\n').join('');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A floating local DATE-TIME, "20270328T223000": the same wall time in any zone. */
export function floatingDateTime(date: CivilDate, minutes: number): string {
  return `${pad(date.year, 4)}${pad(date.month)}${pad(date.day)}T${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}00`;
}

/** A UTC DATE-TIME, "20261122T055100Z" (for DTSTAMP). */
export function utcDateTime(instant: number): string {
  const d = new Date(instant);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** A DURATION of whole minutes, "PT45M", "PT1H30M", or negative "-PT2H". */
export function minutesDuration(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const whole = Math.abs(Math.round(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (whole === 0) return 'PT0M';
  return `${sign}PT${hours ? `${hours}H` : ''}${rest ? `${rest}M` : ''}`;
}
