import { signal } from '@preact/signals-core';
import { describe, it, expect } from 'vitest';
import { watchCheckInOffer } from '../../../src/lib/diary/check-in-offer';
import { glanceAt } from '../../../src/lib/diary/diary-glance';
import { openDiaryStore } from '../../../src/lib/diary/diary-store';
import { isCheckInTime, lastNightOf } from '../../../src/lib/diary/last-night';
import type { Schedule } from '../../../src/lib/schedule/schedule';
import { openKeyValueStore } from '../../../src/lib/storage/kv';
import type { JournalEntry } from '../../../src/lib/storage/journal';
import { aNight } from './nights';

const ZONE = 'Europe/Berlin';
const at = (iso: string) => Date.parse(`${iso}+01:00`);
const times = { bedtime: '23:00', wake: '07:00' };
const schedule: Schedule = {
  sameEveryDay: true,
  everyNight: times,
  nights: { mon: times, tue: times, wed: times, thu: times, fri: times, sat: times, sun: times },
  leadMinutes: 45,
};
let dbCount = 0;
const freshDiary = () => openDiaryStore(openKeyValueStore(`offer-diary-${(dbCount += 1)}`));

describe('last night', () => {
  it('is the evening of yesterday’s date, all day and evening long', () => {
    expect(lastNightOf(at('2027-01-16T09:00'), ZONE)).toBe('2027-01-15');
    expect(lastNightOf(at('2027-01-16T23:30'), ZONE)).toBe('2027-01-15');
    expect(lastNightOf(at('2027-01-17T00:30'), ZONE)).toBe('2027-01-16');
  });

  it('is asked about from wake time until the wind-down starts', () => {
    expect(isCheckInTime(schedule, at('2027-01-16T06:59'), ZONE)).toBe(false);
    expect(isCheckInTime(schedule, at('2027-01-16T07:00'), ZONE)).toBe(true);
    expect(isCheckInTime(schedule, at('2027-01-16T22:14'), ZONE)).toBe(true);
    expect(isCheckInTime(schedule, at('2027-01-16T22:15'), ZONE)).toBe(false);
    expect(isCheckInTime(schedule, at('2027-01-17T02:00'), ZONE)).toBe(false);
  });
});

describe('a glance at the diary', () => {
  it('tells a night logged, and a diary kept in the week before', async () => {
    const diary = freshDiary();
    expect(await glanceAt(diary, '2027-01-15')).toEqual({ logged: false, keptLately: false });
    await diary.save(aNight({ night: '2027-01-08' }));
    expect(await glanceAt(diary, '2027-01-15')).toEqual({ logged: false, keptLately: true });
    await diary.save(aNight({ night: '2027-01-15' }));
    expect(await glanceAt(diary, '2027-01-15')).toEqual({ logged: true, keptLately: true });
    expect(await glanceAt(diary, '2027-01-16')).toEqual({ logged: false, keptLately: true });
    expect(await glanceAt(diary, '2027-01-24')).toEqual({ logged: false, keptLately: false });
  });
});

describe('the check-in offer on Tonight', () => {
  function watch(now: number, diary = freshDiary(), entries: JournalEntry[] = []) {
    const offer = signal(false);
    const minuteNow = signal(now);
    let looked: Promise<unknown> = Promise.resolve();
    /** Waits for the diary's latest answer to reach the offer. */
    const settle = async () => {
      await looked;
      await Promise.resolve();
    };
    const stop = watchCheckInOffer(
      {
        schedule: signal(schedule),
        minuteNow,
        zone: signal(ZONE),
        entries: signal(entries),
        offer,
      },
      (night) => (looked = glanceAt(diary, night)) as ReturnType<typeof glanceAt>,
    );
    return { offer, minuteNow, stop, settle };
  }
  const routine = (startedAt: number): JournalEntry => ({
    id: 'r',
    kind: 'routine',
    startedAt,
    endedAt: startedAt + 1_800_000,
    details: {},
  });

  it('is not made on a first visit: no diary kept and no wind-down last night', async () => {
    const { offer, settle } = watch(at('2027-01-16T09:00'));
    await settle();
    expect(offer.value).toBe(false);
  });

  it('is made after a wind-down last night, and only in the day', async () => {
    const { offer, minuteNow, stop, settle } = watch(at('2027-01-16T09:00'), freshDiary(), [
      routine(at('2027-01-15T22:15')),
    ]);
    await settle();
    expect(offer.value).toBe(true);
    minuteNow.value = at('2027-01-16T22:15');
    expect(offer.value).toBe(false);
    stop();
  });

  it('is made to someone keeping the diary, until last night is logged', async () => {
    const diary = freshDiary();
    await diary.save(aNight({ night: '2027-01-13' }));
    const first = watch(at('2027-01-16T09:00'), diary);
    await first.settle();
    expect(first.offer.value).toBe(true);
    first.stop();
    await diary.save(aNight({ night: '2027-01-15' }));
    const again = watch(at('2027-01-16T09:30'), diary);
    await again.settle();
    expect(again.offer.value).toBe(false);
    // The next day, the night before is the one asked about.
    again.minuteNow.value = at('2027-01-17T08:00');
    await again.settle();
    expect(again.offer.value).toBe(true);
    again.stop();
  });
});
