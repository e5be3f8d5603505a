import { currentLocale, type MessageParams } from '../messages';
import type { CheckInProblem } from './check-in';
import type { DoctorReason } from './doctor-note';
import { t } from './messages';
import type { ComparedStep, EveningFactor } from './night-entry';
import type { Pattern } from './patterns';

const count = (value: number) => new Intl.NumberFormat(currentLocale()).format(value);

// One function per key, so every message is named where it is used and none is forgotten.
const problems: Record<CheckInProblem, () => string> = {
  'problem.required': () => t('problem.required'),
  'problem.wholeMinutes': () => t('problem.wholeMinutes'),
  'problem.wakingsCount': () => t('problem.wakingsCount'),
  'problem.unknownNight': () => t('problem.unknownNight'),
  'problem.intoBedOtherNight': () => t('problem.intoBedOtherNight'),
  'problem.triedBeforeIntoBed': () => t('problem.triedBeforeIntoBed'),
  'problem.finalWakingBeforeTried': () => t('problem.finalWakingBeforeTried'),
  'problem.finalWakingAfterOutOfBed': () => t('problem.finalWakingAfterOutOfBed'),
  'problem.outOfBedBeforeIntoBed': () => t('problem.outOfBedBeforeIntoBed'),
  'problem.nightTooLong': () => t('problem.nightTooLong'),
  'problem.fallAsleepLongerThanNight': () => t('problem.fallAsleepLongerThanNight'),
  'problem.wakingsLongerThanNight': () => t('problem.wakingsLongerThanNight'),
  'problem.awakeWithoutWakings': () => t('problem.awakeWithoutWakings'),
  'problem.inTheFuture': () => t('problem.inTheFuture'),
  'problem.wokeWithoutJerk': () => t('problem.wokeWithoutJerk'),
  'problem.legWithoutCramp': () => t('problem.legWithoutCramp'),
  'problem.noteTooLong': () => t('problem.noteTooLong'),
};

/** The words shown beside a field whose answer cannot be true. */
export const problemText = (problem: CheckInProblem) => problems[problem]();

/** "with alcohol": an evening factor as it reads inside a sentence. */
export const factorPhrase: Record<EveningFactor, () => string> = {
  'caffeine-late': () => t('with.caffeine-late'),
  alcohol: () => t('with.alcohol'),
  nicotine: () => t('with.nicotine'),
  'heavy-late-meal': () => t('with.heavy-late-meal'),
  'hard-late-exercise': () => t('with.hard-late-exercise'),
  'busy-mind': () => t('with.busy-mind'),
  'cold-feet': () => t('with.cold-feet'),
};

const stepPhrase: Record<ComparedStep, () => string> = {
  stretches: () => t('did.stretches'),
  breathing: () => t('did.breathing'),
};

const sentences: Record<Pattern['message'], (params: MessageParams) => string> = {
  'pattern.jerk-woke.factor': (params) => t('pattern.jerk-woke.factor', params),
  'pattern.jerk-woke.step': (params) => t('pattern.jerk-woke.step', params),
  'pattern.cramp.factor': (params) => t('pattern.cramp.factor', params),
  'pattern.cramp.step': (params) => t('pattern.cramp.step', params),
};

/** A pattern in words: the observation with its counts, then the one suggestion if any. */
export function patternText(pattern: Pattern): { sentence: string; suggestion: string | null } {
  const subject = pattern.subject;
  const params = {
    withCount: count(pattern.with.withOutcome),
    withNights: count(pattern.with.nights),
    withoutCount: count(pattern.without.withOutcome),
    withoutNights: count(pattern.without.nights),
    with: subject.kind === 'factor' ? factorPhrase[subject.factor]() : '',
    did: subject.kind === 'step' ? stepPhrase[subject.step]() : '',
  };
  return {
    sentence: sentences[pattern.message](params),
    suggestion: pattern.suggestion ? t('pattern.tryAWeekWithout') : null,
  };
}

const reasons: Record<DoctorReason['reason'], (r: DoctorReason) => string> = {
  'doctor.jerksWaking': (r) => t('doctor.jerksWaking', { count: count(r.count), of: count(r.of) }),
  'doctor.daytimeTwitching': (r) =>
    t('doctor.daytimeTwitching', { count: count(r.count), of: count(r.of) }),
  'doctor.cramps': (r) => t('doctor.cramps', { count: count(r.count), of: count(r.of) }),
  'doctor.poorSleep': () => t('doctor.poorSleep'),
};

/** The doctor note: what the nights show, then the advice once; null when nothing fits. */
export function doctorNoteText(found: readonly DoctorReason[]) {
  if (found.length === 0) return null;
  return {
    reasons: found.map((reason) => reasons[reason.reason](reason)),
    advice: t('doctor.advice'),
  };
}
