import { NIGHT_STARTS_AT_MINUTES as NOON } from '../schedule/nights';
import {
  instantOf,
  isClockTime,
  isKnownTimeZone,
  parseDateKey,
  wallMinutesFrom,
} from './local-time';
import { NOTE_MAX_LENGTH, type LocalTime, type NightEntry } from './night-entry';
import { readNight } from './night-reader';

/** The check-in form: a night's answers before they are checked (core answers may be empty). */
export type CheckInForm = Omit<NightEntry, CoreField | 'version' | 'savedAt'> & {
  [K in CoreField]: NightEntry[K] | null;
};

/** The diary's core answers: a night is saved only with all of them. */
export type CoreField =
  | 'intoBed'
  | 'triedToSleep'
  | 'minutesToFallAsleep'
  | 'wakings'
  | 'minutesAwake'
  | 'finalWaking'
  | 'outOfBed'
  | 'quality';

/** A field of the form a problem is shown beside ('night' for the night's date itself). */
export type CheckInField = CoreField | 'night' | 'jerkWokeMe' | 'crampLeg' | 'note';

/** Why an answer cannot be true: the key of its message in the diary's catalog. */
export type CheckInProblem =
  | 'problem.required'
  | 'problem.wholeMinutes'
  | 'problem.wakingsCount'
  | 'problem.unknownNight'
  | 'problem.intoBedOtherNight'
  | 'problem.triedBeforeIntoBed'
  | 'problem.finalWakingBeforeTried'
  | 'problem.finalWakingAfterOutOfBed'
  | 'problem.outOfBedBeforeIntoBed'
  | 'problem.nightTooLong'
  | 'problem.fallAsleepLongerThanNight'
  | 'problem.wakingsLongerThanNight'
  | 'problem.awakeWithoutWakings'
  | 'problem.inTheFuture'
  | 'problem.wokeWithoutJerk'
  | 'problem.legWithoutCramp'
  | 'problem.noteTooLong';

/** The form's outcome: the night to save, or one problem per field and nothing to save. */
export type CheckInResult =
  | { ok: true; night: NightEntry }
  | { ok: false; problems: Partial<Record<CheckInField, CheckInProblem>> };

const MINUTE_MS = 60_000;
const DAY_MINUTES = 1440;
const validMoment = (moment: LocalTime | null): moment is LocalTime =>
  moment !== null && parseDateKey(moment.date) !== undefined && isClockTime(moment.time);
const wholeMinutes = (value: number | null, max = DAY_MINUTES) =>
  value !== null && Number.isInteger(value) && value >= 0 && value <= max;

type Flag = (field: CheckInField, problem: CheckInProblem) => void;

/** Checks the answers against each other and the clock `now`; nothing is saved with a problem. */
export function checkIn(form: CheckInForm, now: number): CheckInResult {
  if (!parseDateKey(form.night) || !isKnownTimeZone(form.timeZone))
    return { ok: false, problems: { night: 'problem.unknownNight' } };
  const problems: Partial<Record<CheckInField, CheckInProblem>> = {};
  // The first problem found for a field is the one shown beside it.
  const flag: Flag = (field, problem) => void (problems[field] ??= problem);
  answerProblems(form, flag);
  timeProblems(form, now, flag);
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const entry = { ...form, version: 1, savedAt: Math.round(now) };
  // What is saved must read back: the reader is the one judge of a stored night.
  const read = readNight(structuredClone(entry), form.night);
  return 'unreadable' in read
    ? { ok: false, problems: { night: 'problem.unknownNight' } }
    : { ok: true, night: read };
}

/** Answers missing, out of range, or at odds with another answer. */
function answerProblems(form: CheckInForm, flag: Flag) {
  for (const field of ['intoBed', 'triedToSleep', 'finalWaking', 'outOfBed'] as const)
    if (!validMoment(form[field])) flag(field, 'problem.required');
  for (const field of ['minutesToFallAsleep', 'minutesAwake'] as const)
    if (form[field] === null) flag(field, 'problem.required');
    else if (!wholeMinutes(form[field])) flag(field, 'problem.wholeMinutes');
  if (form.wakings === null) flag('wakings', 'problem.required');
  else if (!wholeMinutes(form.wakings, 99)) flag('wakings', 'problem.wakingsCount');
  if (form.quality === null) flag('quality', 'problem.required');
  if (form.note.length > NOTE_MAX_LENGTH) flag('note', 'problem.noteTooLong');

  if (form.jerkWokeMe === true && form.jerks === 'none')
    flag('jerkWokeMe', 'problem.wokeWithoutJerk');
  if (form.crampLeg !== null && (form.cramp === null || form.cramp === 'none'))
    flag('crampLeg', 'problem.legWithoutCramp');
  if (form.wakings === 0 && (form.minutesAwake ?? 0) > 0)
    flag('minutesAwake', 'problem.awakeWithoutWakings');
}

/** Times in the wrong order, too long, or still to come; spans in real time, in the zone. */
function timeProblems(form: CheckInForm, now: number, flag: Flag) {
  const [intoBed, tried, final, outOfBed] = [
    form.intoBed,
    form.triedToSleep,
    form.finalWaking,
    form.outOfBed,
  ].map((moment) => (validMoment(moment) ? instantOf(moment, form.timeZone) : undefined));
  // Into bed from noon of the night's date to noon of the next, on the wall clock.
  const intoBedOffset = validMoment(form.intoBed) && wallMinutesFrom(form.night, form.intoBed);
  if (intoBedOffset !== false && (intoBedOffset < NOON || intoBedOffset >= NOON + DAY_MINUTES))
    flag('intoBed', 'problem.intoBedOtherNight');
  if (intoBed !== undefined && tried !== undefined && tried < intoBed)
    flag('triedToSleep', 'problem.triedBeforeIntoBed');
  if (tried !== undefined && final !== undefined && final < tried)
    flag('finalWaking', 'problem.finalWakingBeforeTried');
  if (final !== undefined && outOfBed !== undefined && final > outOfBed)
    flag('finalWaking', 'problem.finalWakingAfterOutOfBed');
  if (intoBed !== undefined && outOfBed !== undefined) {
    if (outOfBed <= intoBed) flag('outOfBed', 'problem.outOfBedBeforeIntoBed');
    else if (outOfBed - intoBed > DAY_MINUTES * MINUTE_MS) flag('outOfBed', 'problem.nightTooLong');
  }
  if (outOfBed !== undefined && outOfBed > now) flag('outOfBed', 'problem.inTheFuture');

  if (tried !== undefined && final !== undefined && final >= tried) {
    const asleepWindow = Math.round((final - tried) / MINUTE_MS);
    const toFallAsleep = form.minutesToFallAsleep ?? 0;
    if (toFallAsleep > asleepWindow)
      flag('minutesToFallAsleep', 'problem.fallAsleepLongerThanNight');
    else if ((form.minutesAwake ?? 0) > asleepWindow - toFallAsleep)
      flag('minutesAwake', 'problem.wakingsLongerThanNight');
  }
}

/** An empty form for a night, with nothing answered. */
export function emptyCheckIn(night: string, timeZone: string): CheckInForm {
  return {
    night,
    timeZone,
    intoBed: null,
    triedToSleep: null,
    minutesToFallAsleep: null,
    wakings: null,
    minutesAwake: null,
    finalWaking: null,
    outOfBed: null,
    quality: null,
    rested: null,
    jerks: null,
    jerkWokeMe: null,
    cramp: null,
    crampLeg: null,
    daytimeTwitching: null,
    factors: null,
    windDownDone: null,
    note: '',
  };
}
