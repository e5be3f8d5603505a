import { describe, expect, it, vi } from 'vitest';

describe('the first screen', () => {
  it('counts as shown only once the frame after its render has painted', async () => {
    vi.useFakeTimers();
    const { firstScreenShown, markFirstScreenRendered } =
      await import('../../src/lib/first-screen');
    let shown = false;
    void firstScreenShown.then(() => (shown = true));
    const frames: FrameRequestCallback[] = [];
    markFirstScreenRendered({
      requestAnimationFrame: (callback) => frames.push(callback),
    });
    await vi.runAllTimersAsync();
    expect(shown, 'before its frame').toBe(false);
    frames.shift()?.(0);
    expect(shown, 'in its frame, before the paint').toBe(false);
    await vi.runAllTimersAsync();
    expect(shown, 'after the paint').toBe(true);
    vi.useRealTimers();
  });
});
