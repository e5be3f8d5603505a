// Hand-made nights for the diary's tests: an ordinary night, changed only where a test says.
import { addDays, dateKey } from '../../../src/lib/schedule/civil-date';
import { parseDateKey } from '../../../src/lib/diary/local-time';
import type { CheckInForm } from '../../../src/lib/diary/check-in';
import type { NightEntry } from '../../../src/lib/diary/night-entry';

/** The night of `night` in `timeZone`: 22:45 into bed to 06:45 out, 415 minutes asleep. */
export function aNight(overrides: Partial<NightEntry> = {}): NightEntry {
  const night = overrides.night ?? '2027-01-15';
  const next = dateKey(addDays(parseDateKey(night)!, 1));
  return {
    version: 1,
    night,
    timeZone: 'Europe/Berlin',
    intoBed: { date: night, time: '22:45' },
    triedToSleep: { date: night, time: '23:00' },
    minutesToFallAsleep: 20,
    wakings: 1,
    minutesAwake: 15,
    finalWaking: { date: next, time: '06:30' },
    outOfBed: { date: next, time: '06:45' },
    quality: 'good',
    rested: 'well',
    jerks: 'none',
    jerkWokeMe: false,
    cramp: 'none',
    crampLeg: null,
    daytimeTwitching: false,
    factors: [],
    windDownDone: ['habit:screens', 'stretches', 'breathing'],
    note: '',
    savedAt: Date.parse('2027-01-16T08:00:00Z'),
    ...overrides,
  };
}

/** The check-in form holding a night's answers. */
export function formOf(night: NightEntry): CheckInForm {
  const { version: _version, savedAt: _savedAt, ...answers } = night;
  return answers;
}

/** `count` nights in a row ending with `last`, each changed by `change(index)` (0 = oldest). */
export function nightsEnding(
  last: string,
  count: number,
  change: (index: number) => Partial<NightEntry> = () => ({}),
): NightEntry[] {
  return Array.from({ length: count }, (_, index) => {
    const night = dateKey(addDays(parseDateKey(last)!, index - count + 1));
    return aNight({ night, ...change(index) });
  });
}

/** The day after a night's date, "YYYY-MM-DD". */
export const dayAfter = (night: string) => dateKey(addDays(parseDateKey(night)!, 1));
