import { settingsPart } from '../../../src/lib/settings/settings-access';
import { settingsSpec } from '../../../src/app/settings-schema';
import { describe, it, expect } from 'vitest';
import { openKeyValueStore } from '../../../src/lib/storage/kv';
import { createSettingsModel } from '../../../src/lib/settings/settings-model';
import { createTonightModel } from '../../../src/features/home/tonight-model';
import { formatClock, formatCountdown } from '../../../src/features/home/messages';
import type { CheckInOfferInputs } from '../../../src/lib/diary/check-in-offer';

const MINUTE = 60_000;
let dbCount = 0;

async function setup(startIso: string) {
  dbCount += 1;
  const settings = createSettingsModel(
    settingsSpec,
    {
      settings: openKeyValueStore(`tonight-settings-${dbCount}`),
      journal: openKeyValueStore(`tonight-journal-${dbCount}`),
    },
    { channel: null, debounceMs: 0 },
  );
  await settings.ready;
  settings.update('schedule.everyNight', { bedtime: '22:30', wake: '06:30' });
  let now = Date.parse(startIso);
  let zone = 'Europe/Berlin';
  let tick: (() => void) | undefined;
  const model = createTonightModel({
    settings: settingsPart(settings),
    clock: { now: () => now },
    timeZone: () => zone,
    ticks: (onTick) => {
      tick = onTick;
      return () => (tick = undefined);
    },
  });
  return {
    settings,
    model,
    /** Moves the clock and lets one tick run, as the timer would. */
    advance(ms: number) {
      now += ms;
      tick?.();
    },
    travelTo(next: string) {
      zone = next;
      tick?.();
    },
    hasTicks: () => tick !== undefined,
  };
}

describe('the Tonight model', () => {
  it('counts down to the wind-down and bedtime from the clock', async () => {
    const { model, advance } = await setup('2026-11-23T20:00+01:00');
    const stop = model.start();
    expect(model.phase.value).toBe('day');
    expect(model.windDownInMs.value).toBe(105 * MINUTE);
    expect(model.bedtimeInMs.value).toBe(150 * MINUTE);
    advance(16 * MINUTE);
    expect(model.windDownInMs.value).toBe(89 * MINUTE);
    advance(90 * MINUTE);
    expect(model.phase.value).toBe('wind-down');
    expect(model.bedtimeInMs.value).toBe(44 * MINUTE);
    advance(60 * MINUTE);
    expect(model.phase.value).toBe('asleep');
    expect(model.tonight.value.next.bedtimeAt).toBe(Date.parse('2026-11-24T22:30+01:00'));
    stop();
  });

  it('jumps straight to the right moment after a tab slept for hours', async () => {
    const { model, advance } = await setup('2026-11-23T09:00+01:00');
    model.start();
    advance(12 * 60 * MINUTE + 45 * MINUTE); // 21:45, in one tick
    expect(model.phase.value).toBe('wind-down');
    expect(model.bedtimeInMs.value).toBe(45 * MINUTE);
  });

  it('follows the device to a new time zone', async () => {
    const { model, advance, travelTo } = await setup('2026-11-23T15:00+01:00');
    model.start();
    expect(model.tonight.value.next.bedtimeAt).toBe(Date.parse('2026-11-23T22:30+01:00'));
    travelTo('America/New_York');
    advance(1000);
    expect(model.tonight.value.next.bedtimeAt).toBe(Date.parse('2026-11-23T22:30-05:00'));
  });

  it("after a trip the times shown are the new clock's, within a second, without a restart", async () => {
    const { model, advance, travelTo } = await setup('2026-11-23T09:00+01:00');
    model.start();
    const shown = () => formatClock(model.tonight.value.next.bedtimeAt, model.zone.value);
    expect(shown()).toMatch(/^(22:30|10:30\sPM)$/);
    expect(model.bedtimeInMs.value).toBe(13.5 * 60 * MINUTE);
    // 17:00 in Tokyo: bedtime is 22:30 on the clock there, eight hours sooner.
    travelTo('Asia/Tokyo');
    advance(1000);
    expect(model.zone.value).toBe('Asia/Tokyo');
    expect(shown()).toMatch(/^(22:30|10:30\sPM)$/);
    expect(model.bedtimeInMs.value).toBe(5.5 * 60 * MINUTE - 1000);
    expect(model.tonight.value.next.bedtimeAt).toBe(Date.parse('2026-11-23T22:30+09:00'));
  });

  it('counts the nights in a row from the journal, and stops the ticks when stopped', async () => {
    const { model, settings, hasTicks } = await setup('2026-11-23T20:00+01:00');
    await settings.journal.add({
      kind: 'routine',
      startedAt: Date.parse('2026-11-22T22:00+01:00'),
      endedAt: Date.parse('2026-11-22T22:20+01:00'),
      details: {},
    });
    expect(model.nightsInARow.value).toBe(0);
    const stop = model.start();
    await expect.poll(() => model.nightsInARow.value).toBe(1);
    expect(hasTicks()).toBe(true);
    stop();
    expect(hasTicks()).toBe(false);
  });
});

describe('Tonight and the morning check-in', () => {
  it('hands the diary the clock, zone and schedule, and shows the offer it sets', async () => {
    const settings = createSettingsModel(
      settingsSpec,
      {
        settings: openKeyValueStore('tonight-offer-settings'),
        journal: openKeyValueStore('tonight-offer-journal'),
      },
      { channel: null, debounceMs: 0 },
    );
    await settings.ready;
    const now = Date.parse('2026-11-24T08:00+01:00');
    let handed: CheckInOfferInputs | undefined;
    let stopped = false;
    const model = createTonightModel({
      settings: settingsPart(settings),
      clock: { now: () => now },
      timeZone: () => 'Europe/Berlin',
      ticks: () => () => undefined,
      watchCheckInOffer: (inputs) => {
        handed = inputs;
        return () => (stopped = true);
      },
    });
    expect(model.offerCheckIn.value).toBe(false);
    const stop = model.start();
    expect(handed?.minuteNow.value).toBe(now);
    expect(handed?.zone.value).toBe('Europe/Berlin');
    expect(handed?.schedule.value.everyNight).toEqual({ bedtime: '23:00', wake: '07:00' });
    handed!.offer.value = true;
    expect(model.offerCheckIn.value).toBe(true);
    stop();
    expect(stopped).toBe(true);
  });
});

describe('Tonight formatting', () => {
  it.each([
    [105 * MINUTE, '1 h 45 min'],
    [105 * MINUTE - 30_000, '1 h 45 min'],
    [120 * MINUTE, '2 h'],
    [40 * MINUTE, '40 min'],
    [1, '1 min'],
    [-5, '0 min'],
  ])('a countdown of %i ms reads %s', (ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });

  it('shows a moment on the clock of the given zone', () => {
    const instant = Date.parse('2026-11-23T21:30Z');
    expect(formatClock(instant, 'Europe/Berlin')).toMatch(/^(22:30|10:30\sPM)$/);
    expect(formatClock(instant, 'America/New_York')).toMatch(/^(16:30|4:30\sPM)$/);
  });
});
