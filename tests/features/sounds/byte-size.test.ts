import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../src/features/sounds/byte-size';

describe('sizes', () => {
  it('writes sizes briefly', () => {
    expect(formatBytes(24_044)).toEqual({ unit: 'kb', value: '24' });
    expect(formatBytes(4_200_000)).toEqual({ unit: 'mb', value: '4.2' });
    expect(formatBytes(29_000_000)).toEqual({ unit: 'mb', value: '29' });
  });
});
