import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/lib/messages';
import { formatClock, formatCountdown } from '../../../src/features/home/messages';

const russian = {
  'features/home/messages': {
    'duration.hm': '{hours} ч {minutes} мин',
    'duration.h': '{hours} ч',
    'duration.m': '{minutes} мин',
  },
};
const elevenPmInBerlin = Date.UTC(2026, 0, 15, 22, 0);

describe('Tonight’s times in each language', () => {
  afterEach(() => setLocale('en'));

  it('shows bedtime on the language’s clock, after a switch too', () => {
    expect(formatClock(elevenPmInBerlin, 'Europe/Berlin')).toBe('11:00 PM');
    setLocale('ru', russian);
    expect(formatClock(elevenPmInBerlin, 'Europe/Berlin')).toBe('23:00');
    setLocale('zh-Hans');
    expect(formatClock(elevenPmInBerlin, 'Europe/Berlin')).toBe('23:00');
  });

  it('says the countdown from the catalog', () => {
    expect(formatCountdown(135 * 60_000)).toBe('2 h 15 min');
    setLocale('ru', russian);
    expect(formatCountdown(135 * 60_000)).toBe('2 ч 15 мин');
    expect(formatCountdown(40 * 60_000)).toBe('40 мин');
  });
});
