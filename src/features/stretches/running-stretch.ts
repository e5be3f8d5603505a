import type { JournalEntry } from '../../lib/storage/journal';
import { isPlainObject } from '../../lib/storage/schema';
import { parseSessionClock, type SessionClock } from '../../lib/time/session-clock';
import type { StretchesSettings } from './stretches-settings';
import type { StretchConfig, StretchSegment } from '../../lib/guides/stretch-sequence';
import type { Timeline } from '../../lib/time/timeline';
import {
  HOLD_MAX_S,
  HOLD_MIN_S,
  MAX_ROUNDS,
  stepIds,
  type StepId,
} from '../../lib/guides/stretch-steps';

/** A stretch session as saved for resume: the sequence, its timing, and the holds done. */
export interface RunningStretch {
  config: StretchConfig;
  session: SessionClock;
  /** Indices of the holds that ran to their end (not skipped). */
  held: number[];
  /** The furthest segment reached by time, so holds passed while Lull was closed count. */
  reached: number;
}

/** The sequence the settings describe; null when no stretch is included. */
export function chosenConfig(settings: StretchesSettings): StretchConfig | null {
  const steps = stepIds
    .filter((id) => settings.steps[id].included)
    .map((id) => ({ id, holdSeconds: settings.steps[id].holdSeconds }));
  return steps.length > 0 ? { steps, rounds: settings.rounds } : null;
}

const isIndex = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) < 1000;

/** Checks a saved session; undefined when it is not one this version can run. */
export function parseRunningStretch(raw: unknown): RunningStretch | undefined {
  if (!isPlainObject(raw) || !isPlainObject(raw.config)) return undefined;
  const session = parseSessionClock(raw.session);
  const { steps, rounds } = raw.config;
  if (!session || !Array.isArray(steps) || steps.length === 0 || steps.length > stepIds.length)
    return undefined;
  if (!Number.isInteger(rounds) || (rounds as number) < 1 || (rounds as number) > MAX_ROUNDS)
    return undefined;
  const parsed: StretchConfig['steps'] = [];
  for (const step of steps) {
    if (!isPlainObject(step) || !(stepIds as readonly unknown[]).includes(step.id))
      return undefined;
    const hold = step.holdSeconds;
    if (!Number.isInteger(hold) || (hold as number) < HOLD_MIN_S || (hold as number) > HOLD_MAX_S)
      return undefined;
    if (parsed.some((earlier) => earlier.id === step.id)) return undefined;
    parsed.push({ id: step.id as StepId, holdSeconds: hold as number });
  }
  const held = Array.isArray(raw.held) ? raw.held.filter(isIndex) : [];
  const reached = isIndex(raw.reached) ? raw.reached : 0;
  return { config: { steps: parsed, rounds: rounds as number }, session, held, reached };
}

/** Holds of a session that ran out while Lull was closed: those done, and all from `reached` on. */
export function heldToEnd(saved: RunningStretch, timeline: Timeline<StretchSegment>): Set<number> {
  const held = new Set(saved.held);
  timeline.segments.forEach((segment, index) => {
    if (segment.kind === 'hold' && index >= saved.reached) held.add(index);
  });
  return held;
}

/** The journal entry for a finished (or stopped) session: when, and which stretches. */
export function journalEntry(
  running: RunningStretch,
  done: StepId[],
  stretchedMs: number,
  endedAt: number,
  completed: boolean,
): Omit<JournalEntry, 'id'> {
  return {
    kind: 'stretches',
    startedAt: Math.round(running.session.startedAt),
    endedAt: Math.round(Math.max(endedAt, running.session.startedAt)),
    details: {
      steps: done,
      rounds: running.config.rounds,
      minutes: Math.round(stretchedMs / 6000) / 10,
      completed,
    },
  };
}
