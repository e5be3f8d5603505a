import { bool, int, num, oneOf, type Infer } from '../../lib/storage/schema';
import {
  lengthUnits,
  MAX_CYCLES,
  MAX_MINUTES,
  LONG_EXHALE_S,
  PHASE_MAX_S,
  PHASE_STEP_S,
  patternIds,
  type LengthUnit,
  type PatternId,
} from '../../lib/guides/breath-patterns';

const phase = (fallback: number) => num(fallback, 0, PHASE_MAX_S, PHASE_STEP_S);

/** A pattern's remembered length. Defaults follow CONTENT.md where it gives one. */
const length = (unit: LengthUnit, cycles: number, minutes: number) => ({
  unit: oneOf<LengthUnit>(unit, lengthUnits),
  cycles: int(cycles, 1, MAX_CYCLES),
  minutes: int(minutes, 1, MAX_MINUTES),
});

/** The breathing timer's remembered choices: the last pattern, custom timings, lengths. */
export const breathingSettingsShape = {
  pattern: oneOf<PatternId>('4-7-8', patternIds),
  custom: { inhale: phase(4), holdIn: phase(2), exhale: phase(6), holdOut: phase(0) },
  /** Long exhale's out-breath in seconds: CONTENT.md gives 6 to 8. */
  longExhale: int(7, LONG_EXHALE_S[0], LONG_EXHALE_S[2]),
  lengths: {
    // 4-7-8: four breaths is the usual dose; resonant: 5 to 10 minutes.
    '4-7-8': length('cycles', 4, 2),
    box: length('minutes', 15, 4),
    resonant: length('minutes', 30, 5),
    'long-exhale': length('minutes', 30, 5),
    custom: length('cycles', 10, 5),
  },
  /** Show the guide as words and a slowly filling bar, whatever the system motion setting. */
  still: bool(false),
};

/** The breathing settings as the app uses them. */
export type BreathingSettings = Infer<typeof breathingSettingsShape>;
