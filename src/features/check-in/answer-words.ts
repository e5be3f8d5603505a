import type {
  CrampCount,
  CrampLeg,
  EveningFactor,
  JerkCount,
  RestedLevel,
  SleepQuality,
} from '../../lib/diary/night-entry';
import { t } from './messages';
import type { timeFields } from './times-answers';

type TimeField = (typeof timeFields)[number];

/** Each answer's words, one catalog key each, so the catalog checks see every one in use. */
export const answerWords = {
  quality: {
    'very-poor': () => t('quality.very-poor'),
    poor: () => t('quality.poor'),
    fair: () => t('quality.fair'),
    good: () => t('quality.good'),
    'very-good': () => t('quality.very-good'),
  } satisfies Record<SleepQuality, () => string>,
  rested: {
    'not-at-all': () => t('rested.not-at-all'),
    slightly: () => t('rested.slightly'),
    somewhat: () => t('rested.somewhat'),
    well: () => t('rested.well'),
    'very-well': () => t('rested.very-well'),
  } satisfies Record<RestedLevel, () => string>,
  jerks: {
    none: () => t('jerks.none'),
    once: () => t('jerks.once'),
    'a-few': () => t('jerks.a-few'),
    many: () => t('jerks.many'),
  } satisfies Record<JerkCount, () => string>,
  cramp: {
    none: () => t('cramp.none'),
    one: () => t('cramp.one'),
    'more-than-one': () => t('cramp.more-than-one'),
  } satisfies Record<CrampCount, () => string>,
  leg: {
    left: () => t('leg.left'),
    right: () => t('leg.right'),
    both: () => t('leg.both'),
  } satisfies Record<CrampLeg, () => string>,
  factor: {
    'caffeine-late': () => t('factor.caffeine-late'),
    alcohol: () => t('factor.alcohol'),
    nicotine: () => t('factor.nicotine'),
    'heavy-late-meal': () => t('factor.heavy-late-meal'),
    'hard-late-exercise': () => t('factor.hard-late-exercise'),
    'busy-mind': () => t('factor.busy-mind'),
    'cold-feet': () => t('factor.cold-feet'),
  } satisfies Record<EveningFactor, () => string>,
  /** A time answer in brief, as the confirmed summary lists it. */
  short: {
    intoBed: () => t('short.intoBed'),
    triedToSleep: () => t('short.triedToSleep'),
    minutesToFallAsleep: () => t('short.minutesToFallAsleep'),
    wakings: () => t('short.wakings'),
    minutesAwake: () => t('short.minutesAwake'),
    finalWaking: () => t('short.finalWaking'),
    outOfBed: () => t('short.outOfBed'),
  } satisfies Record<TimeField, () => string>,
  /** A time answer's question. */
  ask: {
    intoBed: () => t('ask.intoBed'),
    triedToSleep: () => t('ask.triedToSleep'),
    minutesToFallAsleep: () => t('ask.minutesToFallAsleep'),
    wakings: () => t('ask.wakings'),
    minutesAwake: () => t('ask.minutesAwake'),
    finalWaking: () => t('ask.finalWaking'),
    outOfBed: () => t('ask.outOfBed'),
  } satisfies Record<TimeField, () => string>,
};
