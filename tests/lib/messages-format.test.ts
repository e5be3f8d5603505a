import { describe, it, expect } from 'vitest';
import { messages, pickLocale } from '../../src/lib/messages';

// Apart from messages.test.ts, whose check of the app's catalogs must not see this one.
describe('messages', () => {
  const t = messages({
    en: {
      greeting: 'Good night, {name}. {minutes} minutes to go.',
      plain: 'Sleep well {friend}',
      'nights.one': '{count} night in a row',
      'nights.other': '{count} nights in a row, {name}',
    },
  });

  it('fills parameters, and leaves unknown ones visible rather than blank', () => {
    expect(t('greeting', { name: 'Sam', minutes: 0 })).toBe('Good night, Sam. 0 minutes to go.');
    expect(t('greeting', { name: 'Sam' })).toBe('Good night, Sam. {minutes} minutes to go.');
    expect(t('plain')).toBe('Sleep well {friend}');
  });

  it('chooses the plural form by count', () => {
    expect(t.plural('nights', 1)).toBe('1 night in a row');
    expect(t.plural('nights', 0, { name: 'Sam' })).toBe('0 nights in a row, Sam');
    expect(t.plural('nights', 2, { name: 'Sam' })).toBe('2 nights in a row, Sam');
  });

  it('pickLocale takes the first shipped language, else English', () => {
    expect(pickLocale(['EN-gb', 'de'])).toBe('en');
    expect(pickLocale(['de-DE', 'fr', 'en-US'])).toBe('en');
    expect(pickLocale(['de-DE', 'fr'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });
});
