import { describe, expect, it, vi } from 'vitest';
import { whileShown } from '../../../src/lib/time/while-shown';

describe('readings while the page is shown', () => {
  it('read at once, then every quarter second, and never while hidden', () => {
    vi.useFakeTimers();
    let state: DocumentVisibilityState = 'visible';
    const doc = Object.defineProperty(new EventTarget(), 'visibilityState', {
      get: () => state,
    }) as unknown as Document;
    const onTick = vi.fn();
    const stop = whileShown(onTick, 250, undefined, doc);
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

describe('ticks on the turn of the clock', () => {
  it('falls just after each whole second of the clock, wherever it started', () => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.parse('2026-11-23T20:00:00.300Z'));
    const doc = Object.defineProperty(new EventTarget(), 'visibilityState', {
      get: () => 'visible',
    }) as unknown as Document;
    const at: number[] = [];
    const stop = whileShown(() => at.push(Date.now() % 1000), 1000, { now: Date.now }, doc);
    vi.advanceTimersByTime(3000);
    stop();
    vi.useRealTimers();
    // At once (300 ms into the second), then a few ms into each new second.
    expect(at).toEqual([300, 4, 4, 4]);
  });
});
