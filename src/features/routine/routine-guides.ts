import type { TimedStep } from './routine-steps';

/**
 * What the routine needs to know of the features it hosts, handed over by the composition root:
 * how long their steps take by the person's own settings, and what a lights-out step can play.
 * Each reads signals, so whatever shows it follows a change of those settings.
 */
export interface RoutineGuides {
  /** A breathing or stretch step's length in ms by the person's settings (0: nothing to do). */
  lengthMs(step: TimedStep): number;
  /** The person's own breath timings, in seconds: "4-0-6-0". */
  customBreath(): string;
  /** The sounds presets a lights-out step can play: Lull's, then the person's own. */
  soundPresets(): { id: string; name: string }[];
}
