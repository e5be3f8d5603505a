/** One timed stretch of a session: a breath phase, a stretch hold, a rest. */
export interface Segment {
  durationMs: number;
}

/** Where a session stands at one moment. */
export interface Position<S extends Segment> {
  index: number;
  segment: S;
  /** 0 at the start of the segment, 1 at its end. */
  progress: number;
  elapsedInSegmentMs: number;
  remainingInSegmentMs: number;
  elapsedMs: number;
  remainingMs: number;
  done: boolean;
}

/** A fixed sequence of segments, answering "where are we at time t?" without counting ticks. */
export interface Timeline<S extends Segment> {
  readonly segments: readonly S[];
  readonly totalMs: number;
  /** When segment `index` starts, in ms from the session's start. */
  startOf(index: number): number;
  /** The position `elapsedMs` into the session. Segments are half-open: [start, end). */
  at(elapsedMs: number): Position<S>;
}

/** Builds a timeline. Zero-length segments are dropped (a custom breath with no hold). */
export function createTimeline<S extends Segment>(input: readonly S[]): Timeline<S> {
  const segments = input.filter((segment) => segment.durationMs > 0);
  if (segments.length === 0) throw new RangeError('A timeline needs at least one timed segment.');
  const starts: number[] = [];
  let total = 0;
  for (const segment of segments) {
    starts.push(total);
    total += segment.durationMs;
  }

  const indexAt = (elapsedMs: number) => {
    // Binary search for the last segment that starts at or before elapsedMs.
    let low = 0;
    let high = segments.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= elapsedMs) low = mid;
      else high = mid - 1;
    }
    return low;
  };

  return {
    segments,
    totalMs: total,
    startOf: (index) => starts[Math.max(0, Math.min(index, segments.length - 1))],
    at(elapsedMs) {
      const clamped = Math.max(0, Math.min(elapsedMs, total));
      const done = elapsedMs >= total;
      const index = done ? segments.length - 1 : indexAt(clamped);
      const segment = segments[index];
      const inSegment = done ? segment.durationMs : clamped - starts[index];
      return {
        index,
        segment,
        progress: inSegment / segment.durationMs,
        elapsedInSegmentMs: inSegment,
        remainingInSegmentMs: segment.durationMs - inSegment,
        elapsedMs: clamped,
        remainingMs: total - clamped,
        done,
      };
    },
  };
}
