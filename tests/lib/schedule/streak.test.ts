import { describe, it, expect } from 'vitest';
import { nightsInARow } from '../../../src/lib/schedule/streak';
import type { JournalEntry } from '../../../src/lib/storage/journal';
import { at } from './fixtures';

const zone = 'Europe/Berlin';
const routine = (iso: string, kind: JournalEntry['kind'] = 'routine') => ({
  kind,
  startedAt: at(iso),
});

describe('nightsInARow', () => {
  it('is 0 with no finished routine', () => {
    expect(nightsInARow([], at('2026-11-23T20:00+01:00'), zone)).toBe(0);
  });

  it('counts only the routine, not breathing or stretches alone', () => {
    const entries = [
      routine('2026-11-22T22:00+01:00', 'breathing'),
      routine('2026-11-21T22:00+01:00', 'stretches'),
    ];
    expect(nightsInARow(entries, at('2026-11-23T20:00+01:00'), zone)).toBe(0);
  });

  it('counts back from tonight when it is done', () => {
    const entries = [
      routine('2026-11-21T22:00+01:00'),
      routine('2026-11-22T21:50+01:00'),
      routine('2026-11-23T22:05+01:00'),
    ];
    expect(nightsInARow(entries, at('2026-11-23T23:00+01:00'), zone)).toBe(3);
  });

  it('keeps the run alive through the day before tonight is done', () => {
    const entries = [routine('2026-11-21T22:00+01:00'), routine('2026-11-22T21:50+01:00')];
    expect(nightsInARow(entries, at('2026-11-23T09:00+01:00'), zone)).toBe(2);
    expect(nightsInARow(entries, at('2026-11-23T20:00+01:00'), zone)).toBe(2);
  });

  it('ends the run at a missed night', () => {
    const entries = [routine('2026-11-20T22:00+01:00'), routine('2026-11-22T22:00+01:00')];
    expect(nightsInARow(entries, at('2026-11-23T20:00+01:00'), zone)).toBe(1);
    expect(nightsInARow(entries, at('2026-11-24T20:00+01:00'), zone)).toBe(0);
  });

  it('counts a routine begun after midnight for the evening before, and one per night', () => {
    const entries = [
      routine('2026-11-22T00:40+01:00'), // Saturday night
      routine('2026-11-22T22:00+01:00'),
      routine('2026-11-22T23:30+01:00'), // a second one the same night
    ];
    expect(nightsInARow(entries, at('2026-11-23T12:30+01:00'), zone)).toBe(2);
  });

  it('follows the wall time across a daylight-saving change', () => {
    const entries = [routine('2026-03-28T23:30+01:00'), routine('2026-03-29T23:30+02:00')];
    expect(nightsInARow(entries, at('2026-03-30T10:00+02:00'), zone)).toBe(2);
  });
});
