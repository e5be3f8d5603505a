import { describe, it, expect } from 'vitest';
import {
  checkIn,
  emptyCheckIn,
  type CheckInForm,
  type CheckInProblem,
} from '../../../src/lib/diary/check-in';
import { problemText } from '../../../src/lib/diary/diary-words';
import { aNight, formOf } from './nights';

const NOW = Date.parse('2027-01-16T09:00:00Z');
const form = (changes: Partial<CheckInForm> = {}): CheckInForm => ({
  ...formOf(aNight()),
  ...changes,
});
const problemsOf = (changes: Partial<CheckInForm>, now = NOW) => {
  const result = checkIn(form(changes), now);
  return result.ok ? {} : result.problems;
};

describe('checkIn', () => {
  it('saves a possible night, stamped with when it was saved', () => {
    expect(checkIn(form(), NOW)).toEqual({ ok: true, night: aNight({ savedAt: NOW }) });
  });

  it('asks for every core answer of an empty form, and saves nothing', () => {
    const result = checkIn(emptyCheckIn('2027-01-15', 'Europe/Berlin'), NOW);
    expect(result).toEqual({
      ok: false,
      problems: {
        intoBed: 'problem.required',
        triedToSleep: 'problem.required',
        finalWaking: 'problem.required',
        outOfBed: 'problem.required',
        minutesToFallAsleep: 'problem.required',
        minutesAwake: 'problem.required',
        wakings: 'problem.required',
        quality: 'problem.required',
      },
    });
  });

  const cases: [string, Partial<CheckInForm>, Record<string, CheckInProblem>][] = [
    [
      'minutes in parts',
      { minutesToFallAsleep: 2.5 },
      { minutesToFallAsleep: 'problem.wholeMinutes' },
    ],
    [
      'more than a day of minutes',
      { minutesAwake: 1441 },
      { minutesAwake: 'problem.wholeMinutes' },
    ],
    ['a negative count', { wakings: -1 }, { wakings: 'problem.wakingsCount' }],
    ['an unknown night', { night: '2027-02-30' }, { night: 'problem.unknownNight' }],
    ['an unknown zone', { timeZone: 'Nowhere/Else' }, { night: 'problem.unknownNight' }],
    [
      'into bed on the next evening',
      { intoBed: { date: '2027-01-16', time: '12:00' } },
      {
        intoBed: 'problem.intoBedOtherNight',
        triedToSleep: 'problem.triedBeforeIntoBed',
        outOfBed: 'problem.outOfBedBeforeIntoBed',
      },
    ],
    [
      'trying to sleep before getting into bed',
      { triedToSleep: { date: '2027-01-15', time: '22:30' } },
      { triedToSleep: 'problem.triedBeforeIntoBed' },
    ],
    [
      'the final waking before trying to sleep',
      { finalWaking: { date: '2027-01-15', time: '22:50' } },
      { finalWaking: 'problem.finalWakingBeforeTried' },
    ],
    [
      'the final waking after getting up',
      { finalWaking: { date: '2027-01-16', time: '07:00' } },
      { finalWaking: 'problem.finalWakingAfterOutOfBed' },
    ],
    [
      'out of bed before into bed',
      { outOfBed: { date: '2027-01-15', time: '22:00' } },
      {
        outOfBed: 'problem.outOfBedBeforeIntoBed',
        finalWaking: 'problem.finalWakingAfterOutOfBed',
      },
    ],
    [
      'more than a day in bed',
      { outOfBed: { date: '2027-01-16', time: '22:46' } },
      { outOfBed: 'problem.nightTooLong' },
    ],
    [
      'falling asleep longer than the night',
      { minutesToFallAsleep: 451 },
      { minutesToFallAsleep: 'problem.fallAsleepLongerThanNight' },
    ],
    [
      'wakings longer than the night',
      { minutesAwake: 431 },
      { minutesAwake: 'problem.wakingsLongerThanNight' },
    ],
    [
      'time awake without wakings',
      { wakings: 0, minutesAwake: 10 },
      { minutesAwake: 'problem.awakeWithoutWakings' },
    ],
    [
      'a jerk that woke you when there were none',
      { jerks: 'none', jerkWokeMe: true },
      { jerkWokeMe: 'problem.wokeWithoutJerk' },
    ],
    ['a long comment', { note: 'z'.repeat(501) }, { note: 'problem.noteTooLong' }],
    [
      'a leg with no cramp',
      { cramp: 'none', crampLeg: 'left' },
      { crampLeg: 'problem.legWithoutCramp' },
    ],
  ];
  for (const [name, changes, expected] of cases)
    it(`points to ${name}`, () => expect(problemsOf(changes)).toEqual(expected));

  it('points to a night that has not ended yet', () => {
    expect(problemsOf({}, Date.parse('2027-01-16T05:00:00Z'))).toEqual({
      outOfBed: 'problem.inTheFuture',
    });
  });

  it('accepts the edges of what can be true', () => {
    expect(problemsOf({ minutesToFallAsleep: 450, minutesAwake: 0, wakings: 0 })).toEqual({});
    expect(problemsOf({ minutesAwake: 430 })).toEqual({});
    expect(problemsOf({ triedToSleep: { date: '2027-01-15', time: '22:45' } })).toEqual({});
    expect(problemsOf({ intoBed: { date: '2027-01-15', time: '12:00' } })).toEqual({});
    expect(problemsOf({ jerks: 'once', jerkWokeMe: true, cramp: 'one', crampLeg: 'both' })).toEqual(
      {},
    );
    expect(problemsOf({ wakings: 3, minutesAwake: 0 })).toEqual({});
    expect(problemsOf({ note: 'z'.repeat(500) })).toEqual({});
  });

  it('has words for every problem', () => {
    const all = new Set<CheckInProblem>(['problem.required', 'problem.inTheFuture']);
    for (const [, , expected] of cases) Object.values(expected).forEach((key) => all.add(key));
    expect(all.size).toBe(17);
    for (const problem of all) expect(problemText(problem), problem).toMatch(/\w{3,}/);
  });
});
