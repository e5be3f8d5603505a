import type { JournalEntry } from '../../lib/storage/journal';
import { isPlainObject } from '../../lib/storage/schema';
import { parseSessionClock, pauseSession, type SessionClock } from '../../lib/time/session-clock';
import { routineSettingsShape, type RoutineStep } from './routine-settings';
import { normalizeSteps, stepKey } from './routine-steps';

/** What became of a step: not yet done, done, or passed over. */
export type Outcome = 'todo' | 'done' | 'skipped';
const outcomeNames: readonly unknown[] = ['todo', 'done', 'skipped'];

/** A routine as saved on every step change, so a reload resumes at the same step. */
export interface RunningRoutine {
  /** The steps as they were when it started: editing the routine never moves a running one. */
  steps: RoutineStep[];
  index: number;
  outcomes: Outcome[];
  startedAt: number;
  /** Time on the current step (a habit's time left), paused with the routine. */
  step: SessionClock;
  /** The current step's guided session (breathing, stretches) has been started. */
  begun: boolean;
  /** The last moment the person was seen here; long after it, Lull says where they are. */
  seenAt: number;
}

const finite = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** Checks a saved routine; undefined when it is not one this version can run. */
export function parseRunningRoutine(raw: unknown): RunningRoutine | undefined {
  if (!isPlainObject(raw) || !Array.isArray(raw.steps) || !Array.isArray(raw.outcomes))
    return undefined;
  const steps = routineSettingsShape.steps.parse(raw.steps);
  // Every step must be read back as it was: a dropped one would move every index after it.
  if (!steps || steps.length === 0 || steps.length !== raw.steps.length) return undefined;
  if (normalizeSteps(steps).some((step, index) => stepKey(step) !== stepKey(steps[index])))
    return undefined;
  const { index, outcomes, startedAt, begun, seenAt } = raw;
  const step = parseSessionClock(raw.step);
  if (!step || !Number.isInteger(index) || (index as number) < 0) return undefined;
  if ((index as number) >= steps.length || outcomes.length !== steps.length) return undefined;
  if (!outcomes.every((outcome) => outcomeNames.includes(outcome))) return undefined;
  if (!finite(startedAt) || !finite(seenAt) || typeof begun !== 'boolean') return undefined;
  return {
    steps,
    index: index as number,
    outcomes: outcomes as Outcome[],
    startedAt,
    step,
    begun,
    seenAt,
  };
}

/** The steps done, and the others (passed over, or not reached when it ended early). */
export function stepsByOutcome(running: Pick<RunningRoutine, 'steps' | 'outcomes'>) {
  const done = running.steps.filter((_, index) => running.outcomes[index] === 'done');
  const skipped = running.steps.filter((_, index) => running.outcomes[index] !== 'done');
  return { done, skipped };
}

/** The journal entry for a routine that ended: when, and which steps were done or skipped. */
export function journalEntry(
  running: RunningRoutine,
  endedAt: number,
  completed: boolean,
): Omit<JournalEntry, 'id'> {
  const { done, skipped } = stepsByOutcome(running);
  const startedAt = Math.round(running.startedAt);
  return {
    kind: 'routine',
    startedAt,
    endedAt: Math.max(startedAt, Math.round(endedAt)),
    details: {
      done: done.map(stepKey),
      skipped: skipped.map(stepKey),
      steps: running.steps.length,
      completed,
    },
  };
}

/** The routine with the step shown marked done or skipped. */
export const withOutcome = (running: RunningRoutine, outcome: Outcome): RunningRoutine => ({
  ...running,
  outcomes: running.outcomes.map((old, index) => (index === running.index ? outcome : old)),
});

/** A step's clock held at a moment already past (when the person was last seen on it). */
export const pausedAt = (session: SessionClock, at: number): SessionClock =>
  pauseSession(session, { now: () => Math.max(at, session.startedAt) });
