import { afterEach, describe, it, expect } from 'vitest';
import { currentLocale, messages, pickLocale, setLocale } from '../../src/lib/messages';

// Apart from messages.test.ts, whose check of the app's catalogs must not see this one.
describe('messages', () => {
  const t = messages('test/format', {
    en: {
      greeting: 'Good night, {name}. {minutes} minutes to go.',
      plain: 'Sleep well {friend}',
      'minutes.one': '{count} minute',
      'minutes.other': '{count} minutes',
    },
  });
  const ru = {
    'test/format': {
      greeting: 'Спокойной ночи, {name}. Осталось {minutes} мин.',
      'minutes.one': '{count} минута',
      'minutes.few': '{count} минуты',
      'minutes.many': '{count} минут',
      'minutes.other': '{count} минуты',
    },
  };
  afterEach(() => setLocale('en'));

  it('fills parameters, and leaves unknown ones visible rather than blank', () => {
    expect(t('greeting', { name: 'Sam', minutes: 0 })).toBe('Good night, Sam. 0 minutes to go.');
    expect(t('greeting', { name: 'Sam' })).toBe('Good night, Sam. {minutes} minutes to go.');
    expect(t('plain')).toBe('Sleep well {friend}');
  });

  it('chooses the English plural form by count', () => {
    expect(t.plural('minutes', 1)).toBe('1 minute');
    expect(t.plural('minutes', 0)).toBe('0 minutes');
    expect(t.plural('minutes', 21)).toBe('21 minutes');
  });

  it('chooses the Russian plural forms one, few and many by Intl.PluralRules', () => {
    setLocale('ru', ru);
    const said = [1, 2, 5, 11, 21, 22, 25].map((n) => t.plural('minutes', n));
    expect(said).toEqual([
      '1 минута',
      '2 минуты',
      '5 минут',
      '11 минут',
      '21 минута',
      '22 минуты',
      '25 минут',
    ]);
    expect(t.plural('minutes', 1.5)).toBe('1,5 минуты');
  });

  it('has one form in Chinese, whatever the count', () => {
    setLocale('zh-Hans', { 'test/format': { 'minutes.other': '{count} 分钟' } });
    expect([1, 2, 5].map((n) => t.plural('minutes', n))).toEqual(['1 分钟', '2 分钟', '5 分钟']);
  });

  it('speaks the language set, and English again once it is set back', () => {
    setLocale('ru', ru);
    expect(currentLocale()).toBe('ru');
    expect(t('greeting', { name: 'Саша', minutes: 5 })).toBe(
      'Спокойной ночи, Саша. Осталось 5 мин.',
    );
    setLocale('en', ru);
    expect(t('greeting', { name: 'Sam', minutes: 5 })).toBe('Good night, Sam. 5 minutes to go.');
  });

  it('pickLocale takes the first shipped language, else English', () => {
    expect(pickLocale(['EN-gb', 'de'])).toBe('en');
    expect(pickLocale(['de-DE', 'fr', 'en-US'])).toBe('en');
    expect(pickLocale(['de-DE', 'fr'])).toBe('en');
    expect(pickLocale([])).toBe('en');
    expect(pickLocale(['ru-RU', 'en'])).toBe('ru');
    expect(pickLocale(['uk', 'ru'])).toBe('ru');
  });

  it('takes Simplified Chinese for zh, zh-CN, zh-SG and zh-Hans, not for Traditional', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-CN'])
      expect(pickLocale([tag]), tag).toBe('zh-Hans');
    for (const tag of ['zh-TW', 'zh-HK', 'zh-Hant']) expect(pickLocale([tag]), tag).toBe('en');
  });
});
