import { createTimeline, type Segment, type Timeline } from '../time/timeline';
import { sidedSteps } from './stretch-sides';
import { stepIds, type StepId } from './stretch-steps';

/** What a part of the sequence is: getting into position, holding, switching legs, resting. */
export type StretchKind = 'ready' | 'hold' | 'switch' | 'rest';
/** Which leg works; `both` for the toes. */
export type Side = 'left' | 'right' | 'both';

/** One timed part of the sequence. */
export interface StretchSegment extends Segment {
  kind: StretchKind;
  /** The stretch held, or (ready, rest, switch) the one about to be held. */
  step: StepId;
  side: Side;
  round: number;
  /** Where the stretch comes in the sequence, from 1. */
  stepNumber: number;
}

/** A sequence to run: the included stretches in order with their holds, and the rounds. */
export interface StretchConfig {
  steps: { id: StepId; holdSeconds: number }[];
  rounds: number;
}

/** Time to get into position before the first hold. */
export const READY_MS = 5_000;
/** The "switch legs" moment between the two sides. */
export const SWITCH_MS = 5_000;
/** The short rest between stretches (and rounds). */
export const REST_MS = 10_000;
/** The "5 seconds left" cue. */
export const WARNING_MS = 5_000;
/** Back within this long of a hold's start goes to the hold before it. */
export const BACK_GRACE_MS = 3_000;

/**
 * Expands a configuration into its timed parts: for each round, each stretch (a rest before
 * all but the very first), left hold, switch legs, right hold (or one hold for both feet).
 */
export function expandSequence(config: StretchConfig): StretchSegment[] {
  const segments: StretchSegment[] = [];
  for (let round = 1; round <= config.rounds; round += 1) {
    config.steps.forEach(({ id, holdSeconds }, index) => {
      const sided = sidedSteps[id];
      const base = { step: id, round, stepNumber: index + 1 };
      const first: Side = sided ? 'left' : 'both';
      const lead = segments.length === 0 ? READY_MS : REST_MS;
      segments.push({
        ...base,
        kind: segments.length === 0 ? 'ready' : 'rest',
        side: first,
        durationMs: lead,
      });
      segments.push({ ...base, kind: 'hold', side: first, durationMs: holdSeconds * 1000 });
      if (!sided) return;
      segments.push({ ...base, kind: 'switch', side: 'right', durationMs: SWITCH_MS });
      segments.push({ ...base, kind: 'hold', side: 'right', durationMs: holdSeconds * 1000 });
    });
  }
  return segments;
}

const timelines = new WeakMap<StretchConfig, Timeline<StretchSegment>>();

/** The sequence as a timeline (cached per configuration object). */
export function stretchTimeline(config: StretchConfig): Timeline<StretchSegment> {
  let timeline = timelines.get(config);
  if (!timeline) {
    timeline = createTimeline(expandSequence(config));
    timelines.set(config, timeline);
  }
  return timeline;
}

const holdIndices = (timeline: Timeline<StretchSegment>) =>
  timeline.segments.flatMap((segment, index) => (segment.kind === 'hold' ? [index] : []));

/** Skip: the start of the next hold (past a rest or switch), or the end. */
export function skipTarget(timeline: Timeline<StretchSegment>, elapsedMs: number): number {
  const { index } = timeline.at(elapsedMs);
  const next = holdIndices(timeline).find((hold) => hold > index);
  return next === undefined ? timeline.totalMs : timeline.startOf(next);
}

/**
 * Back: the start of this hold if it has run a few seconds, else the start of the hold before
 * (from a rest or switch, the hold just done); from the first, the very start.
 */
export function backTarget(timeline: Timeline<StretchSegment>, elapsedMs: number): number {
  const { index, segment, elapsedInSegmentMs } = timeline.at(elapsedMs);
  if (segment.kind === 'hold' && elapsedInSegmentMs > BACK_GRACE_MS) return timeline.startOf(index);
  const previous = holdIndices(timeline)
    .filter((hold) => hold < index)
    .at(-1);
  return previous === undefined ? 0 : timeline.startOf(previous);
}

/** The stretches whose holds (every side, in at least one round) were all held to the end. */
export function stepsDone(
  timeline: Timeline<StretchSegment>,
  heldIndices: ReadonlySet<number>,
): StepId[] {
  const done = new Set<StepId>();
  const rounds = new Map<string, boolean>();
  timeline.segments.forEach((segment, index) => {
    if (segment.kind !== 'hold') return;
    const key = `${segment.round}:${segment.step}`;
    rounds.set(key, (rounds.get(key) ?? true) && heldIndices.has(index));
  });
  for (const [key, held] of rounds) if (held) done.add(key.split(':')[1] as StepId);
  return stepIds.filter((id) => done.has(id));
}
