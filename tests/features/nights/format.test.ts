import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/lib/messages';
import { clockTimeText, listText, nightText } from '../../../src/features/nights/format';

// Intl puts narrow or plain no-break spaces in some languages; the words are what matter here.
const spaced = (text: string) => text.replace(/\s/g, ' ');

describe('the nights in each language', () => {
  afterEach(() => setLocale('en'));

  it('names a night by its weekday and date, and a time on the language’s clock', () => {
    expect(nightText('2026-12-04')).toBe('Fri, Dec 4');
    expect(clockTimeText('23:00')).toBe('11:00 PM');
    setLocale('ru');
    expect(spaced(nightText('2026-12-04'))).toBe('пт, 4 дек.');
    expect(clockTimeText('23:00')).toBe('23:00');
    setLocale('zh-Hans');
    expect(nightText('2026-12-04')).toBe('12月4日周五');
    expect(clockTimeText('23:00')).toBe('23:00');
  });

  it('lists with the language’s own joining words, and follows a switch back', () => {
    const factors = ['a', 'b', 'c'];
    expect(listText(factors)).toBe('a, b, and c');
    setLocale('ru');
    expect(listText(factors)).toBe('a, b и c');
    setLocale('zh-Hans');
    expect(listText(factors)).toBe('a、b和c');
    setLocale('en');
    expect(listText(factors)).toBe('a, b, and c');
  });
});
