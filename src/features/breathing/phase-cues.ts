import type { Cue } from '../../lib/cues/cue-player';
import type { CuePoint } from '../../lib/time/session-runner';
import type { Timeline } from '../../lib/time/timeline';
import type { BreathSegment, PhaseName } from '../../lib/guides/breath-timing';

/** A breathing cue: what is played and said, and which phase it opens (none at the end). */
export interface BreathCue extends Cue {
  phase?: PhaseName;
}

/** The spoken words, from the feature's catalog. */
export type BreathWords = Record<'in' | 'hold' | 'out', string>;

/** The cue that opens each phase: a rising, steady or falling tone and a short word. */
export function phaseCue(phase: PhaseName, words: BreathWords): BreathCue {
  switch (phase) {
    case 'inhale':
      return { phase, tone: 'rise', word: words.in, vibration: 60 };
    case 'exhale':
      return { phase, tone: 'fall', word: words.out, vibration: [30, 80, 30] };
    default:
      return { phase, tone: 'steady', word: words.hold, vibration: 20 };
  }
}

/** A cue at the start of every phase, and a soft chime at the end. */
export function breathCuePoints(
  timeline: Timeline<BreathSegment>,
  words: BreathWords,
): CuePoint<BreathCue>[] {
  const points = timeline.segments.map((segment, index) => ({
    atMs: timeline.startOf(index),
    cue: phaseCue(segment.phase, words),
  }));
  points.push({ atMs: timeline.totalMs, cue: { tone: 'chime' } });
  return points;
}
