// One night of the sleep diary: the Consensus Sleep Diary's core questions (Carney et al.,
// SLEEP 2012;35(2):287-302) and Lull's own optional ones, as CONTENT.md lists them.

/** "How would you rate the quality of your sleep?", worst first. */
export const sleepQualities = ['very-poor', 'poor', 'fair', 'good', 'very-good'] as const;
/** One answer on the sleep quality scale. */
export type SleepQuality = (typeof sleepQualities)[number];

/** "How rested did you feel on waking?", least first. */
export const restedLevels = ['not-at-all', 'slightly', 'somewhat', 'well', 'very-well'] as const;
/** One answer on the rested scale. */
export type RestedLevel = (typeof restedLevels)[number];

/** Jerks or a falling feeling as you dropped off. */
export const jerkCounts = ['none', 'once', 'a-few', 'many'] as const;
/** How often a jerk came as you dropped off. */
export type JerkCount = (typeof jerkCounts)[number];

/** A calf or foot cramp in the night. */
export const crampCounts = ['none', 'one', 'more-than-one'] as const;
/** How many cramps came in the night. */
export type CrampCount = (typeof crampCounts)[number];

/** Which leg the cramp was in. */
export const crampLegs = ['left', 'right', 'both'] as const;
/** The leg (or legs) a cramp was in. */
export type CrampLeg = (typeof crampLegs)[number];

/** The evening's factors, from CONTENT.md's "Things that make it more likely". */
export const eveningFactors = [
  'caffeine-late',
  'alcohol',
  'nicotine',
  'heavy-late-meal',
  'hard-late-exercise',
  'busy-mind',
  'cold-feet',
] as const;
/** One of the evening's factors. */
export type EveningFactor = (typeof eveningFactors)[number];

/** The routine's step keys ("stretches", "breathing") whose nights the patterns compare. */
export const comparedSteps = ['stretches', 'breathing'] as const;
/** A wind-down step the patterns compare nights with and without. */
export type ComparedStep = (typeof comparedSteps)[number];

/**
 * A moment as the person knows it: the wall-clock date ("YYYY-MM-DD") and time ("HH:MM").
 * Kept as wall time, not an instant, so a night reads the same after a trip or a clock change.
 */
export interface LocalTime {
  date: string;
  time: string;
}

/** The most the diary keeps of the free comment (the paper's "Comments" line). */
export const NOTE_MAX_LENGTH = 500;

/** One night's diary entry, keyed by `night`: the evening's date ("Friday night" = Friday). */
export interface NightEntry {
  version: 1;
  night: string;
  /** The IANA zone the wall times were in when the night was logged. */
  timeZone: string;
  intoBed: LocalTime;
  triedToSleep: LocalTime;
  minutesToFallAsleep: number;
  /** Wakings in the night, not counting the final one. */
  wakings: number;
  /** How long those wakings lasted in total. */
  minutesAwake: number;
  finalWaking: LocalTime;
  outOfBed: LocalTime;
  quality: SleepQuality;
  // Lull's own questions, each optional: null means "not answered", never "no".
  rested: RestedLevel | null;
  jerks: JerkCount | null;
  jerkWokeMe: boolean | null;
  cramp: CrampCount | null;
  crampLeg: CrampLeg | null;
  daytimeTwitching: boolean | null;
  /** The factors that were there that evening; null when the row was left unanswered. */
  factors: EveningFactor[] | null;
  /** The routine's step keys done that evening ("stretches", "habit:socks"), or null. */
  windDownDone: string[] | null;
  note: string;
  /** When it was last saved (ms since the epoch). */
  savedAt: number;
}

/** A stored night that could not be read: shown as "could not be read", never dropped. */
export interface UnreadableNight {
  unreadable: true;
  key: string;
}

/** True when a read night turned out unreadable. */
export const isUnreadable = (night: NightEntry | UnreadableNight): night is UnreadableNight =>
  'unreadable' in night;
