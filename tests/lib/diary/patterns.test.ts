import { describe, it, expect } from 'vitest';
import { findPatterns } from '../../../src/lib/diary/patterns';
import { patternText } from '../../../src/lib/diary/diary-words';
import type { NightEntry } from '../../../src/lib/diary/night-entry';
import { nightsEnding } from './nights';

// `withIt` nights with late caffeine (a jerk woke you on `wokeWith` of them), then `without`
// nights without it (a jerk woke you on `wokeWithout`). No cramps answered, no steps known.
function caffeineNights(withIt: number, wokeWith: number, without: number, wokeWithout: number) {
  return nightsEnding('2027-02-20', withIt + without, (index) => {
    const hasIt = index < withIt;
    const woke = hasIt ? index < wokeWith : index - withIt < wokeWithout;
    return {
      factors: hasIt ? ['caffeine-late'] : [],
      jerks: woke ? 'once' : 'none',
      jerkWokeMe: woke,
      cramp: null,
      windDownDone: null,
    } satisfies Partial<NightEntry>;
  });
}

describe('findPatterns', () => {
  it('shows nothing before 7 logged nights', () => {
    expect(findPatterns(caffeineNights(3, 3, 3, 0))).toEqual([]);
  });

  it('shows nothing with 2 nights on a side', () => {
    expect(findPatterns(caffeineNights(2, 2, 5, 0))).toEqual([]);
    expect(findPatterns(caffeineNights(5, 2, 2, 0))).toEqual([]);
  });

  it('shows the counts with 3 nights on each side, and the one suggestion', () => {
    const [pattern, ...others] = findPatterns(caffeineNights(3, 2, 4, 1));
    expect(others).toEqual([]);
    expect(pattern).toEqual({
      subject: { kind: 'factor', factor: 'caffeine-late' },
      outcome: 'jerk-woke',
      with: { nights: 3, withOutcome: 2 },
      without: { nights: 4, withOutcome: 1 },
      message: 'pattern.jerk-woke.factor',
      suggestion: 'pattern.tryAWeekWithout',
    });
    expect(patternText(pattern)).toEqual({
      sentence:
        'A jerk woke you on 2 of the 3 nights with caffeine after about 14:00, and on 1 of the 4 nights without.',
      suggestion: 'If you like, try a week without it and see how your nights go.',
    });
  });

  it('suggests nothing when the nights with the factor fared no worse', () => {
    const [pattern] = findPatterns(caffeineNights(3, 1, 6, 2));
    expect(pattern.suggestion).toBeNull();
  });

  it('leaves out a comparison where the outcome never came', () => {
    expect(findPatterns(caffeineNights(4, 0, 4, 0))).toEqual([]);
  });

  it('counts only nights where both questions were answered', () => {
    const nights = caffeineNights(3, 2, 4, 1);
    nights[0] = { ...nights[0], jerkWokeMe: null };
    expect(findPatterns(nights)).toEqual([]);
    const unknownFactors = caffeineNights(3, 2, 5, 1);
    unknownFactors[3] = { ...unknownFactors[3], factors: null };
    expect(findPatterns(unknownFactors)[0].without.nights).toBe(4);
  });

  it('compares cramps on nights with and without the calf stretches', () => {
    const nights = nightsEnding('2027-02-20', 8, (index) => ({
      windDownDone: index < 4 ? ['stretches'] : ['habit:socks'],
      cramp: index === 0 || index >= 6 ? 'one' : 'none',
      jerkWokeMe: null,
      factors: null,
    }));
    const patterns = findPatterns(nights);
    expect(patterns).toHaveLength(1);
    expect(patterns[0]).toMatchObject({
      subject: { kind: 'step', step: 'stretches' },
      outcome: 'cramp',
      with: { nights: 4, withOutcome: 1 },
      without: { nights: 4, withOutcome: 2 },
      suggestion: null,
    });
    expect(patternText(patterns[0]).sentence).toBe(
      'You had a cramp on 1 of the 4 nights you did the calf stretches, and on 2 of the 4 nights you did not.',
    );
  });
});
