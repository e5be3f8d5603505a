import { afterEach, describe, expect, it } from 'vitest';
import { clockTimeIn, formatterFor } from '../../src/lib/intl-cache';
import { setLocale } from '../../src/lib/messages';
import { formatDuration, formatSeconds } from '../../src/lib/time/duration-text';

const elevenPm = Date.UTC(2026, 0, 15, 23, 0);

describe('formatters in the app language', () => {
  afterEach(() => setLocale('en'));

  it('shows times on the clock each language uses: 12-hour in English, 24-hour in ru and zh', () => {
    expect(clockTimeIn(elevenPm, 'UTC')).toBe('11:00 PM');
    setLocale('ru');
    expect(clockTimeIn(elevenPm, 'UTC')).toBe('23:00');
    expect(clockTimeIn(elevenPm, 'Europe/Moscow')).toBe('2:00');
    setLocale('zh-Hans');
    expect(clockTimeIn(elevenPm, 'UTC')).toBe('23:00');
  });

  it('keeps a formatter per language, so a switch of language is followed at once', () => {
    const make = (locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const english = formatterFor('test number', make);
    expect(formatterFor('test number', make)).toBe(english);
    setLocale('ru');
    const russian = formatterFor('test number', make);
    expect(russian).not.toBe(english);
    expect(russian.format(1.5)).toBe('1,5');
    setLocale('en');
    expect(formatterFor('test number', make).format(1.5)).toBe('1.5');
  });

  it('says a length from the catalog, its numbers in the language', () => {
    const table = {
      'lib/time/messages': {
        minutesSeconds: '{minutes} мин {seconds} с',
        minutes: '{minutes} мин',
        seconds: '{seconds} с',
      },
    };
    setLocale('ru', table);
    expect(formatDuration(76)).toBe('1 мин 16 с');
    expect(formatSeconds(5.5)).toBe('5,5 с');
    setLocale('en');
    expect(formatDuration(76)).toBe('1 min 16 s');
    expect(formatSeconds(5.5)).toBe('5.5 s');
  });
});
