import { afterEach, describe, expect, it, vi } from 'vitest';
import { deviceTimeZone } from '../../../src/lib/schedule/zoned-time';

describe("the device's time zone, read only when it can have changed", () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads it once a minute while the offsets stay, and at once when they change', () => {
    const Native = Intl.DateTimeFormat;
    let zone = 'Europe/Berlin';
    const reads = vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(((...args: []) => {
      const made = new Native(...args);
      const resolved = made.resolvedOptions();
      return { ...made, resolvedOptions: () => ({ ...resolved, timeZone: zone }) };
    }) as unknown as typeof Intl.DateTimeFormat);
    const start = Date.parse('2026-11-23T20:00:00Z') + 7;
    expect(deviceTimeZone(start)).toBe('Europe/Berlin');
    const first = reads.mock.calls.length;
    for (let second = 1; second < 60; second += 1) deviceTimeZone(start + second * 1000);
    expect(reads.mock.calls.length).toBe(first);
    // A minute on: read again, and a new zone with the same offsets is found then.
    zone = 'Europe/Paris';
    expect(deviceTimeZone(start + 60_000)).toBe('Europe/Paris');
    expect(reads.mock.calls.length).toBe(first + 1);
    // The clock put back: read again.
    zone = 'Europe/Rome';
    expect(deviceTimeZone(start)).toBe('Europe/Rome');
    // A trip: the offsets change, so the zone is read at once, within the minute.
    zone = 'Asia/Tokyo';
    const offset = vi.spyOn(Date.prototype, 'getTimezoneOffset').mockReturnValue(-540);
    expect(deviceTimeZone(start + 1000)).toBe('Asia/Tokyo');
    offset.mockRestore();
  });
});
