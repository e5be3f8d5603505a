import {
  bool,
  clockTime,
  int,
  isPlainObject,
  list,
  nullable,
  oneOf,
  record,
  text,
  type Field,
} from '../storage/schema';
import { isKnownTimeZone, parseDateKey, wallMinutesFrom } from './local-time';
import {
  crampCounts,
  crampLegs,
  eveningFactors,
  jerkCounts,
  NOTE_MAX_LENGTH,
  restedLevels,
  sleepQualities,
  type LocalTime,
  type NightEntry,
  type UnreadableNight,
} from './night-entry';

const exactly = <T>(value: T): Field<T> => ({
  kind: 'field',
  fallback: value,
  parse: (raw) => (raw === value ? value : undefined),
});

const dateField = (): Field<string> => ({
  ...text('', 10),
  parse: (raw) => (typeof raw === 'string' && parseDateKey(raw) ? raw : undefined),
});

// The routine's step keys ("stretches", "habit:socks"): no spaces, so a CSV cell can list them.
const stepKey: Field<string> = {
  ...text('', 40),
  parse: (raw) => (typeof raw === 'string' && /^[\w:-]{1,40}$/.test(raw) ? raw : undefined),
};

const localTime = record({ date: dateField(), time: clockTime('00:00') });
const minutes = int(0, 0, 1440);

// Each field of a night; the first five answers are the diary's core and cannot be null.
const nightFields: { [K in keyof NightEntry]: Field<NightEntry[K]> } = {
  version: exactly(1 as const),
  night: dateField(),
  timeZone: text('UTC', 64),
  intoBed: localTime,
  triedToSleep: localTime,
  minutesToFallAsleep: minutes,
  wakings: int(0, 0, 99),
  minutesAwake: minutes,
  finalWaking: localTime,
  outOfBed: localTime,
  quality: oneOf('fair', sleepQualities),
  rested: nullable(oneOf('somewhat', restedLevels)),
  jerks: nullable(oneOf('none', jerkCounts)),
  jerkWokeMe: nullable(bool(false)),
  cramp: nullable(oneOf('none', crampCounts)),
  crampLeg: nullable(oneOf('left', crampLegs)),
  daytimeTwitching: nullable(bool(false)),
  factors: nullable(list([], oneOf('alcohol', eveningFactors), eveningFactors.length)),
  windDownDone: nullable(list([], stepKey, 30)),
  note: text('', NOTE_MAX_LENGTH),
  savedAt: int(0, 0, 8.64e15),
};

// A night's moments lie from noon of its date to two days on: anything else is damage.
const EARLIEST = 12 * 60;
const LATEST = 3 * 1440;
const moments = ['intoBed', 'triedToSleep', 'finalWaking', 'outOfBed'] as const;
const inReach = (night: string, moment: LocalTime) => {
  const offset = wallMinutesFrom(night, moment);
  return offset >= EARLIEST && offset < LATEST;
};

/**
 * Reads one stored night. Every field must be there and valid, with nothing dropped or
 * defaulted (a list with a bad item is damage too); otherwise the night is unreadable, keyed by
 * `key`. Never throws.
 */
export function readNight(raw: unknown, key: string): NightEntry | UnreadableNight {
  const unreadable: UnreadableNight = { unreadable: true, key };
  if (!isPlainObject(raw)) return unreadable;
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(nightFields)) {
    if (!Object.hasOwn(raw, name)) return unreadable;
    const value = (field as Field<unknown>).parse(raw[name]);
    if (value === undefined) return unreadable;
    if (
      Array.isArray(value) &&
      (value.length !== (raw[name] as unknown[]).length || !unique(value))
    )
      return unreadable;
    out[name] = value;
  }
  const night = out as unknown as NightEntry;
  // The factors are a set: kept in one order, so a night compares equal however it was ticked.
  night.factors?.sort((a, b) => eveningFactors.indexOf(a) - eveningFactors.indexOf(b));
  if (night.night !== key || !isKnownTimeZone(night.timeZone)) return unreadable;
  if (!moments.every((name) => inReach(night.night, night[name]))) return unreadable;
  return night;
}

const unique = (items: unknown[]) => new Set(items).size === items.length;
