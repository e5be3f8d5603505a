// Plain, small data only: the settings shape imports this, so it is part of the first load.

/** The wind-down habits of CONTENT.md that a routine step can ask for. */
export const habitIds = ['screens', 'lights', 'warm', 'drink', 'air', 'worries', 'socks'] as const;
/** One of the habits. */
export type HabitId = (typeof habitIds)[number];

/**
 * About how long each habit takes, in minutes: an estimate for the routine's length and time
 * left (a habit is ticked off when done, never timed out). A shower or foot soak takes longest.
 */
export const habitMinutes: Record<HabitId, number> = {
  screens: 1,
  lights: 1,
  warm: 10,
  drink: 5,
  air: 3,
  worries: 2,
  socks: 1,
};
