import { describe, expect, it } from 'vitest';
import { formatClock, formatDuration, formatSeconds } from '../../../src/lib/time/duration-text';

describe('duration text', () => {
  it('reads a length in minutes and seconds, rounded, never below zero', () => {
    expect(formatDuration(76)).toBe('1 min 16 s');
    expect(formatDuration(300)).toBe('5 min');
    expect(formatDuration(39.6)).toBe('40 s');
    expect(formatDuration(355.4)).toBe('5 min 55 s');
    expect(formatDuration(-3)).toBe('0 s');
  });

  it('shows time left on a clock face, rounded up so 0:00 means done', () => {
    expect(formatClock(245)).toBe('4:05');
    expect(formatClock(0.2)).toBe('0:01');
    expect(formatClock(600)).toBe('10:00');
    expect(formatClock(-1)).toBe('0:00');
  });

  it('gives a phase length to a tenth of a second', () => {
    // The number follows the device's locale: "5.5 s" or "5,5 s".
    expect(formatSeconds(5.5)).toMatch(/^5[.,]5 s$/);
    expect(formatSeconds(6.04)).toBe('6 s');
    expect(formatSeconds(4)).toBe('4 s');
  });
});
