import { describe, expect, it } from 'vitest';
import { intlReady } from '../../src/lib/intl-ready';

describe('waiting for Intl’s data', () => {
  it('waits for the start script’s warm-up where there is one', () => {
    const warmup = Promise.resolve();
    expect(intlReady({ lullIntlReady: warmup })).toBe(warmup);
  });

  it('has nothing to wait for without it (dev server, tests)', () => {
    expect(intlReady({})).toBeUndefined();
  });
});
