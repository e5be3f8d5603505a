import { describe, it, expect } from 'vitest';
import { doctorReasons } from '../../../src/lib/diary/doctor-note';
import { doctorNoteText } from '../../../src/lib/diary/diary-words';
import type { NightEntry } from '../../../src/lib/diary/night-entry';
import { nightsEnding } from './nights';

const LAST = '2027-02-20';
// Seven logged nights, the first `count` of them (newest first) changed by `change`.
const lastSeven = (count: number, change: Partial<NightEntry>) =>
  nightsEnding(LAST, 7, (index) => (6 - index < count ? change : {}));

describe('doctorReasons', () => {
  it('finds nothing in ordinary nights', () => {
    expect(doctorReasons(nightsEnding(LAST, 30), LAST)).toEqual([]);
    expect(doctorNoteText([])).toBeNull();
  });

  it('points to a doctor from 4 of the last 7 logged nights with a jerk that woke you', () => {
    const woke = { jerks: 'a-few', jerkWokeMe: true } as const;
    expect(doctorReasons(lastSeven(3, woke), LAST)).toEqual([]);
    expect(doctorReasons(lastSeven(4, woke), LAST)).toEqual([
      { reason: 'doctor.jerksWaking', count: 4, of: 7 },
    ]);
  });

  it('points to a doctor from 2 days of daytime twitching', () => {
    expect(doctorReasons(lastSeven(1, { daytimeTwitching: true }), LAST)).toEqual([]);
    expect(doctorReasons(lastSeven(2, { daytimeTwitching: true }), LAST)).toEqual([
      { reason: 'doctor.daytimeTwitching', count: 2, of: 7 },
    ]);
  });

  it('points to a doctor from 3 of the last 7 nights with a cramp', () => {
    expect(doctorReasons(lastSeven(2, { cramp: 'one' }), LAST)).toEqual([]);
    expect(doctorReasons(lastSeven(3, { cramp: 'more-than-one' }), LAST)).toEqual([
      { reason: 'doctor.cramps', count: 3, of: 7 },
    ]);
  });

  it('looks only at the last 7 logged nights, skipping nights not logged', () => {
    // Four jerk nights, but the oldest is the 8th logged night back.
    const nights = nightsEnding(LAST, 8, (index) =>
      index === 0 || index >= 5 ? { jerks: 'once', jerkWokeMe: true } : {},
    );
    expect(doctorReasons(nights, LAST)).toEqual([]);
    // With a gap of unlogged nights, the last 7 logged reach further back.
    const gap = nights.filter((_, index) => index !== 3);
    expect(doctorReasons(gap, LAST)).toEqual([{ reason: 'doctor.jerksWaking', count: 4, of: 7 }]);
    // Nights after the one asked about do not count.
    expect(doctorReasons(nights, '2027-02-17')).toEqual([]);
  });

  it('points to a doctor after three weeks of poor sleep on most nights', () => {
    // Poor on days 0-3 of each week, counted back from the last night.
    const poorWeeks = (perWeek: number[]) =>
      nightsEnding(LAST, 21, (index) => {
        const back = 20 - index;
        const poor = back % 7 < perWeek[Math.floor(back / 7)];
        return { quality: poor ? (back % 2 ? 'poor' : 'very-poor') : 'fair' };
      });
    expect(doctorReasons(poorWeeks([4, 4, 4]), LAST)).toEqual([
      { reason: 'doctor.poorSleep', count: 12, of: 21 },
    ]);
    expect(doctorReasons(poorWeeks([7, 7, 3]), LAST)).toEqual([]);
    // A poor night not logged is not counted as poor.
    const unlogged = poorWeeks([4, 4, 4]).filter((night) => night.night !== '2027-02-06');
    expect(doctorReasons(unlogged, LAST)).toEqual([]);
  });

  it('words the note plainly, with the advice once', () => {
    expect(
      doctorNoteText([
        { reason: 'doctor.jerksWaking', count: 4, of: 7 },
        { reason: 'doctor.poorSleep', count: 12, of: 21 },
      ]),
    ).toEqual({
      reasons: [
        'A jerk woke you on 4 of your last 7 logged nights.',
        'Your sleep has been poor on most nights for three weeks.',
      ],
      advice:
        'When this goes on, it is worth talking to a doctor. The summary of your nights can help.',
    });
  });
});
