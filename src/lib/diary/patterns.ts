import {
  comparedSteps,
  eveningFactors,
  type ComparedStep,
  type EveningFactor,
  type NightEntry,
} from './night-entry';

/** CONTENT.md: patterns only from 7 logged nights, and only with 3 nights on each side. */
export const PATTERNS_FROM_NIGHTS = 7;
/** The fewest nights with, and without, for a comparison to be shown. */
export const NIGHTS_PER_SIDE = 3;

/** What the nights are compared on: a jerk that woke you, or a cramp. */
export type PatternOutcome = 'jerk-woke' | 'cramp';

/** What splits the nights: an evening factor, or a wind-down step done. */
export type PatternSubject =
  { kind: 'factor'; factor: EveningFactor } | { kind: 'step'; step: ComparedStep };

/** One side of a comparison: how many nights, and on how many the outcome came. */
export interface PatternSide {
  nights: number;
  withOutcome: number;
}

/** An observation of the person's own nights, with counts; never a cause. */
export interface Pattern {
  subject: PatternSubject;
  outcome: PatternOutcome;
  with: PatternSide;
  without: PatternSide;
  /** The catalog key of the sentence that words it. */
  message: `pattern.${PatternOutcome}.${PatternSubject['kind']}`;
  /** "Try a week without it": only for a factor whose nights had the outcome more often. */
  suggestion: 'pattern.tryAWeekWithout' | null;
}

const outcomeOf = (night: NightEntry, outcome: PatternOutcome): boolean | null =>
  outcome === 'jerk-woke' ? night.jerkWokeMe : night.cramp === null ? null : night.cramp !== 'none';

const presence = (night: NightEntry, subject: PatternSubject): boolean | null =>
  subject.kind === 'factor'
    ? (night.factors?.includes(subject.factor) ?? null)
    : (night.windDownDone?.includes(subject.step) ?? null);

const subjects: PatternSubject[] = [
  ...eveningFactors.map((factor) => ({ kind: 'factor' as const, factor })),
  ...comparedSteps.map((step) => ({ kind: 'step' as const, step })),
];

const rate = (side: PatternSide) => side.withOutcome / side.nights;

/**
 * The comparisons the diary may show: for each factor and wind-down step, nights with it
 * against nights without, counting only nights where both were answered. A comparison where
 * the outcome never came on either side says nothing, so it is left out. The caller picks
 * which nights to look at (the last few weeks, or all of them).
 */
export function findPatterns(nights: readonly NightEntry[]): Pattern[] {
  if (nights.length < PATTERNS_FROM_NIGHTS) return [];
  const found: Pattern[] = [];
  for (const outcome of ['jerk-woke', 'cramp'] as const)
    for (const subject of subjects) {
      const sides = { with: { nights: 0, withOutcome: 0 }, without: { nights: 0, withOutcome: 0 } };
      for (const night of nights) {
        const present = presence(night, subject);
        const happened = outcomeOf(night, outcome);
        if (present === null || happened === null) continue;
        const side = present ? sides.with : sides.without;
        side.nights += 1;
        if (happened) side.withOutcome += 1;
      }
      if (sides.with.nights < NIGHTS_PER_SIDE || sides.without.nights < NIGHTS_PER_SIDE) continue;
      if (sides.with.withOutcome + sides.without.withOutcome === 0) continue;
      const more = rate(sides.with) > rate(sides.without);
      found.push({
        subject,
        outcome,
        ...sides,
        message: `pattern.${outcome}.${subject.kind}`,
        suggestion: subject.kind === 'factor' && more ? 'pattern.tryAWeekWithout' : null,
      });
    }
  return found;
}
