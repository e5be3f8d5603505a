// Generated nights, many of them damaged, through everything that reads them: nothing may
// throw, and every figure stays in range. Seeded, so a failure repeats.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { checkIn } from '../../../src/lib/diary/check-in';
import { diaryFromCsv, diaryToCsv } from '../../../src/lib/diary/diary-csv';
import { doctorReasons } from '../../../src/lib/diary/doctor-note';
import { nightFigures } from '../../../src/lib/diary/figures';
import { isUnreadable, type NightEntry } from '../../../src/lib/diary/night-entry';
import { readNight } from '../../../src/lib/diary/night-reader';
import { findPatterns } from '../../../src/lib/diary/patterns';
import { summarizeNights } from '../../../src/lib/diary/summary';
import { instantOf } from '../../../src/lib/diary/local-time';
import { formOf } from './nights';

// Zones with clock changes of an hour, half an hour (Lord Howe) and none, and odd offsets.
const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'UTC'];
const pad = (n: number) => String(n).padStart(2, '0');
// Dates cluster in March, October and November, where the clocks change.
const date = fc
  .record({
    year: fc.integer({ min: 2026, max: 2028 }),
    month: fc.constantFrom(3, 3, 4, 10, 10, 11, 1),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ year, month, day }) => `${year}-${pad(month)}-${pad(day)}`);
const clock = fc
  .record({ hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) })
  .map(({ hour, minute }) => `${pad(hour)}:${pad(minute)}`);
const dayOffset = fc.oneof(fc.integer({ min: 0, max: 1 }), fc.integer({ min: -1, max: 3 }));
const shift = (night: string, days: number) => {
  const at = new Date(`${night}T00:00Z`);
  return Number.isNaN(at.getTime())
    ? night
    : new Date(at.getTime() + days * 86_400_000).toISOString().slice(0, 10);
};
// Moments in the order a night has them: into bed from noon, then each a while after the last.
const orderedMoments = fc
  .tuple(
    fc.integer({ min: 720, max: 2159 }),
    fc.integer({ min: 0, max: 120 }),
    fc.integer({ min: 0, max: 720 }),
    fc.integer({ min: 0, max: 120 }),
  )
  .map((steps) => {
    let wall = 0;
    return steps.map((step) => {
      wall += step;
      return {
        days: Math.floor(wall / 1440),
        time: `${pad(Math.floor(wall / 60) % 24)}:${pad(wall % 60)}`,
      };
    });
  });
const minutes = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 120 }) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 1500 }) },
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.anything(),
);

const rawNight = fc
  .record({
    night: date,
    timeZone: fc.constantFrom(...zones),
    moments: fc.oneof(
      fc.array(fc.record({ days: dayOffset, time: clock }), { minLength: 4, maxLength: 4 }),
      orderedMoments,
    ),
    minutesToFallAsleep: minutes,
    wakings: fc.integer({ min: 0, max: 12 }),
    minutesAwake: minutes,
    quality: fc.constantFrom('very-poor', 'poor', 'fair', 'good', 'very-good'),
    rested: maybe(fc.constantFrom('not-at-all', 'well')),
    jerks: maybe(fc.constantFrom('none', 'once', 'a-few', 'many')),
    jerkWokeMe: maybe(fc.boolean()),
    cramp: maybe(fc.constantFrom('none', 'one', 'more-than-one')),
    crampLeg: maybe(fc.constantFrom('left', 'right', 'both')),
    daytimeTwitching: maybe(fc.boolean()),
    factors: maybe(fc.subarray(['caffeine-late', 'alcohol', 'cold-feet', 'busy-mind'])),
    windDownDone: maybe(fc.subarray(['stretches', 'breathing', 'habit:socks'])),
    note: fc.string({ maxLength: 40 }),
    // One night in four has one field broken.
    damage: fc.oneof(
      { weight: 3, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.record({ field: fc.nat(20), value: junk }) },
    ),
  })
  .map(({ moments, damage, ...answers }) => {
    const [intoBed, triedToSleep, finalWaking, outOfBed] = moments.map(({ days, time }) => ({
      date: shift(answers.night, days),
      time,
    }));
    const raw: Record<string, unknown> = {
      version: 1,
      ...answers,
      intoBed,
      triedToSleep,
      finalWaking,
      outOfBed,
      savedAt: 1_800_000_000_000,
    };
    if (damage) raw[Object.keys(raw)[damage.field % Object.keys(raw).length]] = damage.value;
    return raw;
  });

const MINUTE_MS = 60_000;

describe('generated nights', () => {
  it('read and give figures in range, 10,000 of them', () => {
    let readable = 0;
    let saved = 0;
    fc.assert(
      fc.property(rawNight, (raw) => {
        const night = readNight(raw, String(raw.night));
        if (isUnreadable(night)) return;
        readable += 1;
        const figures = nightFigures(night);
        for (const value of Object.values(figures)) expect(Number.isFinite(value)).toBe(true);
        expect(figures.totalSleep).toBeGreaterThanOrEqual(0);
        expect(figures.totalSleep).toBeLessThanOrEqual(figures.timeInBed);
        expect(figures.efficiency).toBeGreaterThanOrEqual(0);
        expect(figures.efficiency).toBeLessThanOrEqual(1);
        // A night the check-in accepts adds up by the paper's definitions, with no clamping.
        const result = checkIn(formOf(night), night.savedAt + 365 * 1440 * MINUTE_MS);
        if (result.ok) {
          saved += 1;
          const checked = nightFigures(result.night);
          expect(checked.timeInBed).toBeGreaterThan(0);
          expect(checked.totalSleep).toBe(
            sleepWindow(result.night) - checked.timeToFallAsleep - checked.timeAwakeInNight,
          );
          expect(checked.totalSleep + checked.timeToFallAsleep).toBeLessThanOrEqual(
            checked.timeInBed,
          );
        }
      }),
      { numRuns: 10_000, seed: 20_270_115 },
    );
    // The generator must reach both kinds: plenty of readable nights and plenty that save.
    expect(readable).toBeGreaterThan(2000);
    expect(saved).toBeGreaterThan(200);
    // Several seconds of Intl time-zone work on a shared machine.
  }, 60_000);

  it('make diaries whose summaries, patterns, doctor note and CSV never throw', () => {
    const diary = fc.array(rawNight, { maxLength: 25 }).map((raws) => {
      const byNight = new Map<string, NightEntry>();
      for (const raw of raws) {
        const night = readNight(raw, String(raw.night));
        if (!isUnreadable(night)) byNight.set(night.night, night);
      }
      return [...byNight.values()];
    });
    fc.assert(
      fc.property(diary, (nights) => {
        const last =
          nights
            .map((night) => night.night)
            .sort()
            .at(-1) ?? '2027-01-01';
        for (const length of [7, 14]) {
          const summary = summarizeNights(nights, last, length);
          expect(summary.averageEfficiency ?? 0).toBeLessThanOrEqual(1);
        }
        findPatterns(nights);
        doctorReasons(nights, last);
        const sorted = [...nights].sort((a, b) => a.night.localeCompare(b.night));
        expect(diaryFromCsv(diaryToCsv(nights))).toEqual(sorted);
      }),
      { numRuns: 300, seed: 20_270_116 },
    );
  });
});

/** Real minutes from trying to sleep to the final waking, worked out apart from the figures. */
const sleepWindow = (night: NightEntry) =>
  (instantOf(night.finalWaking, night.timeZone) - instantOf(night.triedToSleep, night.timeZone)) /
  MINUTE_MS;
