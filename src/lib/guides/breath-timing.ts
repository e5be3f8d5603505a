import { createTimeline, type Segment, type Timeline } from '../time/timeline';

/** The four parts of a breath, in order. */
export const phaseNames = ['inhale', 'holdIn', 'exhale', 'holdOut'] as const;
/** One part of a breath. */
export type PhaseName = (typeof phaseNames)[number];

/** One breath: the length of each part in seconds (a hold may be 0). */
export type Breath = Record<PhaseName, number>;

/** A breathing session's timing: one breath, repeated `cycles` times. */
export interface BreathPattern extends Breath {
  cycles: number;
}

/** One phase of one breath on the session's timeline. */
export interface BreathSegment extends Segment {
  phase: PhaseName;
  /** 1 for the first breath. */
  cycle: number;
}

/** Where a breathing session stands at one moment. */
export interface BreathMoment {
  phase: PhaseName;
  /** 0 at the start of the phase, 1 at its end. */
  progress: number;
  cycle: number;
  cycles: number;
  phaseMs: number;
  phaseRemainingMs: number;
  remainingMs: number;
  done: boolean;
}

/** The length of one breath in ms. */
export function breathMs(breath: Breath): number {
  return phaseNames.reduce((sum, phase) => sum + Math.round(breath[phase] * 1000), 0);
}

/** How many whole breaths fill `minutes`: rounded up, so a session never ends mid-breath. */
export function cyclesForMinutes(breath: Breath, minutes: number): number {
  const one = breathMs(breath);
  return one > 0 ? Math.max(1, Math.ceil((minutes * 60_000) / one)) : 1;
}

const timelines = new WeakMap<BreathPattern, Timeline<BreathSegment>>();

/** The session's phases as a timeline; phases of 0 s (a skipped hold) are left out. */
export function breathTimeline(pattern: BreathPattern): Timeline<BreathSegment> {
  let timeline = timelines.get(pattern);
  if (!timeline) {
    const segments: BreathSegment[] = [];
    for (let cycle = 1; cycle <= pattern.cycles; cycle += 1)
      for (const phase of phaseNames)
        segments.push({ phase, cycle, durationMs: Math.round(pattern[phase] * 1000) });
    timeline = createTimeline(segments);
    timelines.set(pattern, timeline);
  }
  return timeline;
}

/** The phase, progress through it, breath count and time left, `elapsedMs` into a session. */
export function phaseAt(pattern: BreathPattern, elapsedMs: number): BreathMoment {
  const position = breathTimeline(pattern).at(elapsedMs);
  const { segment } = position;
  return {
    phase: segment.phase,
    progress: position.progress,
    cycle: segment.cycle,
    cycles: pattern.cycles,
    phaseMs: segment.durationMs,
    phaseRemainingMs: position.remainingInSegmentMs,
    remainingMs: position.remainingMs,
    done: position.done,
  };
}
