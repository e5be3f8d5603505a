import { describe, it, expect } from 'vitest';
import { createTimeline } from '../../../src/lib/time/timeline';

// 4-7-8 breathing with an empty "rest" a custom pattern might have.
const breath = createTimeline([
  { name: 'in', durationMs: 4000 },
  { name: 'rest', durationMs: 0 },
  { name: 'hold', durationMs: 7000 },
  { name: 'out', durationMs: 8000 },
]);

describe('createTimeline', () => {
  it('drops zero-length segments and adds up the rest', () => {
    expect(breath.segments.map((segment) => segment.name)).toEqual(['in', 'hold', 'out']);
    expect(breath.totalMs).toBe(19_000);
    expect([0, 1, 2].map(breath.startOf)).toEqual([0, 4000, 11_000]);
    expect(breath.startOf(-1)).toBe(0);
    expect(breath.startOf(9)).toBe(11_000);
  });

  it('refuses a timeline with nothing timed in it', () => {
    expect(() => createTimeline([])).toThrow(RangeError);
    expect(() => createTimeline([{ durationMs: 0 }, { durationMs: -5 }])).toThrow(RangeError);
  });

  it('starts in the first segment', () => {
    expect(breath.at(0)).toEqual({
      index: 0,
      segment: breath.segments[0],
      progress: 0,
      elapsedInSegmentMs: 0,
      remainingInSegmentMs: 4000,
      elapsedMs: 0,
      remainingMs: 19_000,
      done: false,
    });
  });

  it('changes segment exactly at each start: 1 ms before is the one before', () => {
    for (const [index, start] of [
      [1, 4000],
      [2, 11_000],
    ]) {
      const before = breath.at(start - 1);
      expect(before.index).toBe(index - 1);
      expect(before.remainingInSegmentMs).toBe(1);
      const at = breath.at(start);
      expect(at.index).toBe(index);
      expect(at.elapsedInSegmentMs).toBe(0);
      expect(at.progress).toBe(0);
      const after = breath.at(start + 1);
      expect(after.index).toBe(index);
      expect(after.elapsedInSegmentMs).toBe(1);
    }
  });

  it('reports progress within a segment', () => {
    const halfHold = breath.at(4000 + 3500);
    expect(halfHold.segment.name).toBe('hold');
    expect(halfHold.progress).toBe(0.5);
    expect(halfHold.remainingMs).toBe(19_000 - 7500);
  });

  it('is not done 1 ms before the end, and done at the end and after', () => {
    const last = breath.at(18_999);
    expect(last).toMatchObject({ index: 2, done: false, remainingMs: 1, remainingInSegmentMs: 1 });
    for (const elapsed of [19_000, 19_001, 3_600_000])
      expect(breath.at(elapsed)).toEqual({
        index: 2,
        segment: breath.segments[2],
        progress: 1,
        elapsedInSegmentMs: 8000,
        remainingInSegmentMs: 0,
        elapsedMs: 19_000,
        remainingMs: 0,
        done: true,
      });
  });

  it('treats time before the start as the start', () => {
    expect(breath.at(-500)).toMatchObject({ index: 0, elapsedMs: 0, progress: 0, done: false });
  });

  it('works with a single segment', () => {
    const hold = createTimeline([{ durationMs: 30_000 }]);
    expect(hold.at(29_999)).toMatchObject({ index: 0, done: false });
    expect(hold.at(30_000)).toMatchObject({ index: 0, done: true, progress: 1 });
  });
});
