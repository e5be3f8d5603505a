import { afterEach, describe, expect, it } from 'vitest';
import { firstNightOfWeek, weekIn } from '../../../src/lib/schedule/week-start';

const proto = Intl.Locale.prototype as unknown as Record<string, unknown>;
const saved = ['getWeekInfo', 'weekInfo'].map(
  (name) => [name, Object.getOwnPropertyDescriptor(proto, name)] as const,
);

describe('the week in each language', () => {
  afterEach(() => {
    for (const [name, descriptor] of saved)
      if (descriptor) Object.defineProperty(proto, name, descriptor);
  });

  it('starts on Sunday in English and on Monday in Russian and Chinese', () => {
    expect(weekIn('en')).toEqual(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
    expect(weekIn('ru')).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    expect(weekIn('zh-Hans')).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
  });

  it('follows the locale data where it differs from the language alone', () => {
    expect(firstNightOfWeek('en-GB')).toBe('mon');
    expect(firstNightOfWeek('ar-EG')).toBe('sat');
  });

  it('falls back to Sunday for English and Monday otherwise where the browser has no week data', () => {
    for (const [name] of saved) delete proto[name];
    expect(firstNightOfWeek('en')).toBe('sun');
    expect(firstNightOfWeek('ru')).toBe('mon');
    expect(firstNightOfWeek('zh-Hans')).toBe('mon');
  });
});
