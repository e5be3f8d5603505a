import { describe, expect, it, vi } from 'vitest';
import { canVibrate, vibrate } from '../../../src/lib/cues/vibration';

describe('vibrate', () => {
  it('vibrates where the browser can, and does nothing (never throws) elsewhere', () => {
    const nav = { vibrate: vi.fn(() => true) } as unknown as Navigator;
    expect(canVibrate(nav)).toBe(true);
    expect(vibrate([30, 80, 30], nav)).toBe(true);
    expect(nav.vibrate).toHaveBeenCalledWith([30, 80, 30]);
    expect(canVibrate({} as Navigator)).toBe(false);
    expect(vibrate(50, {} as Navigator)).toBe(false);
    const throwing = {
      vibrate: () => {
        throw new Error('blocked');
      },
    } as unknown as Navigator;
    expect(vibrate(50, throwing)).toBe(false);
  });
});
