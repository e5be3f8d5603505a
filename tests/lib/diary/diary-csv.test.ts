import { describe, it, expect } from 'vitest';
import { csvField, parseCsv, toCsv } from '../../../src/lib/diary/csv-text';
import { diaryFromCsv, diaryToCsv } from '../../../src/lib/diary/diary-csv';
import { aNight } from './nights';

describe('CSV text (RFC 4180)', () => {
  it('quotes only the fields that need it, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(
      toCsv([
        ['a', 'b'],
        ['', 'c'],
      ]),
    ).toBe('a,b\r\n,c\r\n');
  });

  it('reads what it writes, and what spreadsheets write', () => {
    const rows = [
      ['x', '"quoted", with comma', 'line\nbreak', ''],
      ['', '', '', 'end'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
    expect(parseCsv('\uFEFFa,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCsv('"a""b",c\r\n')).toEqual([['a"b', 'c']]);
    expect(parseCsv('')).toEqual([]);
  });
});

describe('the diary as CSV', () => {
  const nights = [
    aNight({
      night: '2027-01-16',
      note: 'Woke at "3", then read,\r\nthen slept.\nAll fine, mostly',
      factors: ['caffeine-late', 'cold-feet'],
      jerks: 'a-few',
      jerkWokeMe: true,
      cramp: 'one',
      crampLeg: 'right',
    }),
    aNight({
      rested: null,
      jerks: null,
      jerkWokeMe: null,
      cramp: null,
      crampLeg: null,
      daytimeTwitching: null,
      factors: null,
      windDownDone: null,
      note: 'Вздрагивание, 入睡抽动',
    }),
  ];

  it('writes one row per night, oldest first, with ISO dates and times', () => {
    const rows = parseCsv(diaryToCsv(nights));
    expect(rows).toHaveLength(3);
    const [header, first] = rows;
    expect(header.slice(0, 4)).toEqual([
      'Night of (evening date)',
      'Time zone',
      'What time did you get into bed?',
      'What time did you try to go to sleep?',
    ]);
    expect(header).toContain('Night with caffeine after about 14:00');
    expect(first.slice(0, 4)).toEqual([
      '2027-01-15',
      'Europe/Berlin',
      '2027-01-15T22:45',
      '2027-01-15T23:00',
    ]);
    // The figures close the row: time in bed, total sleep, efficiency in percent.
    expect(first.slice(-4)).toEqual(['2027-01-16T08:00:00.000Z', '480', '415', '86']);
    expect(rows.every((row) => row.length === header.length)).toBe(true);
  });

  it('reads back exactly the nights it wrote, quotes, commas and line breaks included', () => {
    expect(diaryFromCsv(diaryToCsv(nights))).toEqual([nights[1], nights[0]]);
  });

  it('reads a damaged row as unreadable, keyed by its night or its row', () => {
    const rows = parseCsv(diaryToCsv(nights));
    rows[1][9] = 'brilliant';
    rows[2] = rows[2].slice(0, 5);
    rows.push(['', 'x']);
    expect(diaryFromCsv(toCsv(rows))).toEqual([
      { unreadable: true, key: '2027-01-15' },
      { unreadable: true, key: '2027-01-16' },
      { unreadable: true, key: 'row 4' },
    ]);
  });
});
