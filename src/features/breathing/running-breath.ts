import { parseSessionClock, type SessionClock } from '../../lib/time/session-clock';
import { isPlainObject } from '../../lib/storage/schema';
import type { JournalEntry } from '../../lib/storage/journal';
import type { BreathingSettings } from './breathing-settings';
import {
  breathMs,
  breathTimeline,
  cyclesForMinutes,
  phaseNames,
  type Breath,
  type BreathPattern,
} from '../../lib/guides/breath-timing';
import { patternIds, PHASE_MAX_S, type PatternId } from '../../lib/guides/breath-patterns';
import { breathOf } from './breath-of';

/** A breathing session as saved for resume: what is breathed, and its timing. */
export interface RunningBreath {
  patternId: PatternId;
  pattern: BreathPattern;
  /** The length asked for in minutes, or null when it was set in breaths. */
  minutes: number | null;
  session: SessionClock;
}

/** The session a person's breathing settings describe, before it starts. */
export type BreathChoice = Omit<RunningBreath, 'session'>;

/** The session the breathing settings describe; null when the breath has no length at all. */
export function chosenSession(settings: BreathingSettings): BreathChoice | null {
  const id = settings.pattern;
  const breath = breathOf(id, settings);
  if (breathMs(breath) === 0) return null;
  const length = settings.lengths[id];
  const byMinutes = length.unit === 'minutes';
  const cycles = byMinutes ? cyclesForMinutes(breath, length.minutes) : length.cycles;
  return {
    patternId: id,
    pattern: { ...breath, cycles },
    minutes: byMinutes ? length.minutes : null,
  };
}

// 30 minutes of the shortest possible breath (0.5 s).
const MAX_SAVED_CYCLES = 3600;

/** Checks a saved session; undefined when it is not one this version can run. */
export function parseRunningBreath(raw: unknown): RunningBreath | undefined {
  if (!isPlainObject(raw) || !isPlainObject(raw.pattern)) return undefined;
  const { patternId, minutes } = raw;
  const session = parseSessionClock(raw.session);
  if (!session || !(patternIds as readonly unknown[]).includes(patternId)) return undefined;
  if (minutes !== null && !(typeof minutes === 'number' && Number.isFinite(minutes)))
    return undefined;
  const pattern: Record<string, number> = {};
  for (const phase of phaseNames) {
    const seconds = raw.pattern[phase];
    if (typeof seconds !== 'number' || !(seconds >= 0 && seconds <= PHASE_MAX_S)) return undefined;
    pattern[phase] = seconds;
  }
  const cycles = raw.pattern.cycles;
  if (!Number.isInteger(cycles) || (cycles as number) < 1 || (cycles as number) > MAX_SAVED_CYCLES)
    return undefined;
  const breath = pattern as Breath;
  if (breathMs(breath) === 0) return undefined;
  return {
    patternId: patternId as PatternId,
    pattern: { ...breath, cycles: cycles as number },
    minutes: minutes as number | null,
    session,
  };
}

/** The session's total length in ms. */
export const totalMs = (running: Pick<RunningBreath, 'pattern'>) =>
  breathTimeline(running.pattern).totalMs;

/** "4-7-8-0": a breath's timings, for the journal. */
export function timingOf(breath: Breath): string {
  return phaseNames.map((phase) => breath[phase]).join('-');
}

/** The journal entry for a finished (or stopped) session. */
export function journalEntry(
  running: RunningBreath,
  breathedMs: number,
  endedAt: number,
  completed: boolean,
): Omit<JournalEntry, 'id'> {
  return {
    kind: 'breathing',
    startedAt: Math.round(running.session.startedAt),
    endedAt: Math.round(Math.max(endedAt, running.session.startedAt)),
    details: {
      pattern: running.patternId,
      timing: timingOf(running.pattern),
      minutes: Math.round(breathedMs / 6000) / 10,
      breaths: Math.floor(breathedMs / breathMs(running.pattern)),
      completed,
    },
  };
}
