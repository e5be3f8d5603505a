import { describe, expect, it, vi } from 'vitest';
import { whileShown } from '../../../src/features/sounds/readout';

describe('readings while the page is shown', () => {
  it('read at once, then every quarter second, and never while hidden', () => {
    vi.useFakeTimers();
    let state: DocumentVisibilityState = 'visible';
    const doc = Object.defineProperty(new EventTarget(), 'visibilityState', {
      get: () => state,
    }) as unknown as Document;
    const onTick = vi.fn();
    const stop = whileShown(onTick, 250, doc);
    expect(onTick).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(onTick).toHaveBeenCalledTimes(5);
    state = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    vi.advanceTimersByTime(10_000);
    expect(onTick).toHaveBeenCalledTimes(5);
    state = 'visible';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(onTick).toHaveBeenCalledTimes(6);
    stop();
    vi.advanceTimersByTime(1000);
    expect(onTick).toHaveBeenCalledTimes(6);
    vi.useRealTimers();
  });
});
