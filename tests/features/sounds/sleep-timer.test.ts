import { describe, expect, it } from 'vitest';
import { fadeMsFor, sleepTimerFor } from '../../../src/features/sounds/sleep-timer';

describe('the sleep timer', () => {
  it('caps the fade at half the timer', () => {
    expect(fadeMsFor(60, 10)).toBe(600_000);
    expect(fadeMsFor(10, 10)).toBe(300_000);
    expect(fadeMsFor(1, 10)).toBe(30_000);
    expect(sleepTimerFor(1000, 30, 10)).toEqual({ endsAt: 1000 + 1_800_000, fadeMs: 600_000 });
  });
});
