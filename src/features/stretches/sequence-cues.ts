import type { Cue } from '../../lib/cues/cue-player';
import type { CuePoint } from '../../lib/time/session-runner';
import type { Timeline } from '../../lib/time/timeline';
import { WARNING_MS, type StretchSegment } from '../../lib/guides/stretch-sequence';

/** A stretch cue; `segment` marks the start of a part (announced), absent for "5 s left". */
export interface StretchCue extends Cue {
  segment?: number;
}

/** The spoken words, from the feature's catalog. */
export type StretchWords = Record<'hold' | 'soon' | 'switch' | 'rest' | 'done', string>;

/**
 * The cues of a sequence: a steady tone and "hold" as each hold starts, a short high tone
 * 5 s before it ends, a chime at "switch legs", a falling tone at each rest, a chime at the end.
 */
export function stretchCuePoints(
  timeline: Timeline<StretchSegment>,
  words: StretchWords,
): CuePoint<StretchCue>[] {
  const points: CuePoint<StretchCue>[] = [];
  timeline.segments.forEach((segment, index) => {
    const atMs = timeline.startOf(index);
    if (segment.kind === 'hold') {
      points.push({
        atMs,
        cue: { segment: index, tone: 'steady', word: words.hold, vibration: 60 },
      });
      // Only for holds long enough that "5 seconds left" is news.
      if (segment.durationMs >= 2 * WARNING_MS)
        points.push({
          atMs: atMs + segment.durationMs - WARNING_MS,
          cue: { tone: 'soon', word: words.soon, vibration: 20 },
        });
    } else if (segment.kind === 'switch')
      points.push({
        atMs,
        cue: { segment: index, tone: 'chime', word: words.switch, vibration: [40, 80, 40] },
      });
    else if (segment.kind === 'rest')
      points.push({ atMs, cue: { segment: index, tone: 'fall', word: words.rest, vibration: 30 } });
    else points.push({ atMs, cue: { segment: index } });
  });
  points.push({ atMs: timeline.totalMs, cue: { tone: 'chime', word: words.done } });
  return points;
}
