import { describe, it, expect } from 'vitest';
import { readNight } from '../../../src/lib/diary/night-reader';
import { onNight, parseDateKey } from '../../../src/lib/diary/local-time';
import { aNight } from './nights';

const unreadable = (key = '2027-01-15') => ({ unreadable: true, key });

describe('readNight', () => {
  it('reads a valid night as it is, answered or not', () => {
    expect(readNight(aNight(), '2027-01-15')).toEqual(aNight());
    const bare = aNight({
      rested: null,
      jerks: null,
      jerkWokeMe: null,
      cramp: null,
      crampLeg: null,
      daytimeTwitching: null,
      factors: null,
      windDownDone: null,
    });
    expect(readNight(bare, '2027-01-15')).toEqual(bare);
  });

  it('marks anything that is not a night as unreadable, never throwing', () => {
    for (const raw of [undefined, null, 42, 'night', [], [aNight()], new Date(0)])
      expect(readNight(raw, '2027-01-15')).toEqual(unreadable());
  });

  it('marks a night that lacks a field, rather than inventing the answer', () => {
    for (const field of Object.keys(aNight())) {
      const raw: Record<string, unknown> = { ...aNight() };
      delete raw[field];
      expect(readNight(raw, '2027-01-15'), field).toEqual(unreadable());
    }
  });

  it('marks damaged answers', () => {
    const damaged = [
      { version: 2 },
      { night: '2027-02-30' },
      { timeZone: 'Mars/Olympus_Mons' },
      { intoBed: { date: '2027-01-15', time: '24:00' } },
      { triedToSleep: { date: '2027-01-15' } },
      { minutesToFallAsleep: -1 },
      { minutesToFallAsleep: 2.5 },
      { wakings: 100 },
      { minutesAwake: '15' },
      { quality: 'great' },
      { quality: null },
      { rested: 'yes' },
      { jerkWokeMe: 'no' },
      { cramp: 'two' },
      { crampLeg: 'middle' },
      { factors: ['alcohol', 'coffee'] },
      { factors: ['alcohol', 'alcohol'] },
      { windDownDone: ['habit socks'] },
      { note: 'x'.repeat(501) },
      { savedAt: -1 },
    ];
    for (const change of damaged)
      expect(readNight({ ...aNight(), ...change }, '2027-01-15'), JSON.stringify(change)).toEqual(
        unreadable(),
      );
  });

  it('marks a night kept under another date, or with moments far from its night', () => {
    expect(readNight(aNight(), '2027-01-16')).toEqual(unreadable('2027-01-16'));
    const morningBefore = aNight({ intoBed: { date: '2027-01-15', time: '11:59' } });
    expect(readNight(morningBefore, '2027-01-15')).toEqual(unreadable());
    const daysLater = aNight({ outOfBed: { date: '2027-01-18', time: '00:00' } });
    expect(readNight(daysLater, '2027-01-15')).toEqual(unreadable());
  });
});

describe('the night a clock time belongs to', () => {
  it('puts a bedtime after midnight on the next date, and the wake on the morning', () => {
    expect(onNight('2027-01-15', '23:30', 'bed')).toEqual({ date: '2027-01-15', time: '23:30' });
    expect(onNight('2027-01-15', '00:30', 'bed')).toEqual({ date: '2027-01-16', time: '00:30' });
    expect(onNight('2027-01-15', '11:59', 'bed')).toEqual({ date: '2027-01-16', time: '11:59' });
    expect(onNight('2027-01-15', '12:00', 'bed')).toEqual({ date: '2027-01-15', time: '12:00' });
    expect(onNight('2027-01-15', '13:30', 'wake')).toEqual({ date: '2027-01-16', time: '13:30' });
    expect(onNight('2027-12-31', '07:00', 'wake')).toEqual({ date: '2028-01-01', time: '07:00' });
    expect(onNight('2027-01-15', '23:50', 'wake')).toEqual({ date: '2027-01-15', time: '23:50' });
  });

  it('knows real dates from look-alikes', () => {
    expect(parseDateKey('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    for (const key of ['2027-02-29', '2027-13-01', '2027-1-5', '27-01-05', '2027-01-15T00:00'])
      expect(parseDateKey(key), key).toBeUndefined();
  });
});
