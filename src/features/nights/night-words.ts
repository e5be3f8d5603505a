import type {
  CrampCount,
  CrampLeg,
  EveningFactor,
  JerkCount,
  NightEntry,
  SleepQuality,
} from '../../lib/diary/night-entry';
import { listText, minutesText, percentText } from './format';
import { t } from './messages';
import type { NightRow } from './night-rows';

// One function per answer, so every word is named where it is used and none is forgotten.
/** "very poor": an answer on the sleep quality scale. */
export const qualityWord: Record<SleepQuality, () => string> = {
  'very-poor': () => t('quality.very-poor'),
  poor: () => t('quality.poor'),
  fair: () => t('quality.fair'),
  good: () => t('quality.good'),
  'very-good': () => t('quality.very-good'),
};
const jerkWord: Record<JerkCount, () => string> = {
  none: () => t('jerks.none'),
  once: () => t('jerks.once'),
  'a-few': () => t('jerks.a-few'),
  many: () => t('jerks.many'),
};
const crampWord: Record<CrampCount, () => string> = {
  none: () => t('cramp.none'),
  one: () => t('cramp.one'),
  'more-than-one': () => t('cramp.more-than-one'),
};
const legWord: Record<CrampLeg, () => string> = {
  left: () => t('leg.left'),
  right: () => t('leg.right'),
  both: () => t('leg.both'),
};
const factorWord: Record<EveningFactor, () => string> = {
  'caffeine-late': () => t('factor.caffeine-late'),
  alcohol: () => t('factor.alcohol'),
  nicotine: () => t('factor.nicotine'),
  'heavy-late-meal': () => t('factor.heavy-late-meal'),
  'hard-late-exercise': () => t('factor.hard-late-exercise'),
  'busy-mind': () => t('factor.busy-mind'),
  'cold-feet': () => t('factor.cold-feet'),
};

/** The jerks of a night in words ("a few times, one woke you"), or "" when not answered. */
export function jerksText(night: NightEntry): string {
  if (night.jerks === null) return '';
  const jerks = jerkWord[night.jerks]();
  return night.jerkWokeMe ? t('row.jerkWoke', { jerks }) : jerks;
}

/** The cramp of a night in words ("one (left leg)"), or "" when not answered. */
export function crampText(night: NightEntry): string {
  if (night.cramp === null) return '';
  const cramp = crampWord[night.cramp]();
  return night.crampLeg ? t('row.crampLeg', { cramp, leg: legWord[night.crampLeg]() }) : cramp;
}

/** The evening's factors as a list ("alcohol and cold feet"), or "" when none or unanswered. */
export const factorsText = (night: NightEntry) =>
  listText((night.factors ?? []).map((factor) => factorWord[factor]()));

/** The figures of a logged row, in words. */
export function figureTexts(row: Extract<NightRow, { state: 'logged' }>) {
  return {
    timeInBed: minutesText(row.figures.timeInBed),
    totalSleep: minutesText(row.figures.totalSleep),
    efficiency: percentText(row.figures.efficiency),
  };
}
