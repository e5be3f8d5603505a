import { describe, expect, it } from 'vitest';
import { createTonightAt, tonightAt } from '../../../src/lib/schedule/nights';
import { at, eachNight, everyNight } from './fixtures';

const MINUTE = 60_000;

describe('Tonight worked out again only when it can change', () => {
  const schedules = [
    everyNight('22:30', '06:30'),
    everyNight('00:30', '08:00', 60),
    eachNight({
      fri: { bedtime: '01:00', wake: '10:00' },
      sat: { bedtime: '11:30', wake: '14:00' },
    }),
  ];
  const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu'];

  it('gives what tonightAt gives at every moment of two weeks across a clock change', () => {
    for (const schedule of schedules) {
      for (const zone of zones) {
        const cached = createTonightAt();
        // Through the end of summer time in Europe and North America, in uneven steps, with
        // the clock now and then put back an hour (a correction, a trip).
        let now = at('2026-10-20T09:00:00Z');
        for (let step = 0; step < 720; step += 1) {
          now += step % 47 === 0 ? -60 * MINUTE : 29 * MINUTE + (step % 7) * 1000;
          expect(cached(schedule, now, zone), `${zone} ${new Date(now).toISOString()}`).toEqual(
            tonightAt(schedule, now, zone),
          );
        }
      }
    }
  }, 30_000);

  it('gives the same answer back between two moments, and a new one once one passes', () => {
    const schedule = everyNight('22:30', '06:30');
    const cached = createTonightAt();
    const afternoon = cached(schedule, at('2026-11-23T15:00+01:00'), 'Europe/Berlin');
    expect(cached(schedule, at('2026-11-23T21:44:59+01:00'), 'Europe/Berlin')).toBe(afternoon);
    const windDown = cached(schedule, at('2026-11-23T21:45+01:00'), 'Europe/Berlin');
    expect(windDown.phase).toBe('wind-down');
    // The clock put back before the wind-down: the day again, not the cached wind-down.
    expect(cached(schedule, at('2026-11-23T21:30+01:00'), 'Europe/Berlin').phase).toBe('day');
  });

  it('works out again for a new zone or a changed schedule', () => {
    const cached = createTonightAt();
    const now = at('2026-11-23T21:50+01:00');
    const schedule = everyNight('22:30', '06:30');
    expect(cached(schedule, now, 'Europe/Berlin').phase).toBe('wind-down');
    // 15:50 in New York: the day there.
    expect(cached(schedule, now, 'America/New_York').phase).toBe('day');
    expect(cached(everyNight('23:30', '07:30'), now, 'America/New_York').next.bedtimeAt).toBe(
      at('2026-11-23T23:30-05:00'),
    );
  });
});
