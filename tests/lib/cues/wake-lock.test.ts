import { describe, expect, it, vi } from 'vitest';
import { keepAwake } from '../../../src/lib/wake-lock';

function fakeWakeLock() {
  const sentinels: { released: boolean; release: ReturnType<typeof vi.fn> }[] = [];
  const request = vi.fn(async () => {
    const sentinel = {
      released: false,
      release: vi.fn(async () => {
        sentinel.released = true;
      }),
    };
    sentinels.push(sentinel);
    return sentinel;
  });
  return { nav: { wakeLock: { request } } as unknown as Navigator, request, sentinels };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('keepAwake', () => {
  it('takes the screen wake lock, takes it again when the page is back, releases it', async () => {
    const { nav, request, sentinels } = fakeWakeLock();
    const release = keepAwake(nav, document);
    await flush();
    expect(request).toHaveBeenCalledWith('screen');
    // The browser drops the lock when the page is hidden.
    sentinels[0].released = true;
    document.dispatchEvent(new Event('visibilitychange'));
    await flush();
    expect(request).toHaveBeenCalledTimes(2);
    // Still held: a visibility change does not ask twice.
    document.dispatchEvent(new Event('visibilitychange'));
    await flush();
    expect(request).toHaveBeenCalledTimes(2);
    release();
    expect(sentinels[1].release).toHaveBeenCalled();
    document.dispatchEvent(new Event('visibilitychange'));
    await flush();
    expect(request).toHaveBeenCalledTimes(2);
  });

  it('carries on silently where the API is missing or refuses', async () => {
    expect(() => keepAwake({} as Navigator, document)()).not.toThrow();
    const refusing = {
      wakeLock: { request: vi.fn(() => Promise.reject(new DOMException('no', 'NotAllowedError'))) },
    } as unknown as Navigator;
    const release = keepAwake(refusing, document);
    await flush();
    expect(() => release()).not.toThrow();
  });
});
