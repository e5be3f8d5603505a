import { describe, expect, it } from 'vitest';
import {
  heldToEnd,
  journalEntry,
  parseRunningStretch,
  type RunningStretch,
} from '../../../src/features/stretches/running-stretch';
import { stretchTimeline } from '../../../src/lib/guides/stretch-sequence';

const saved: RunningStretch = {
  config: {
    steps: [
      { id: 'wall-calf', holdSeconds: 30 },
      { id: 'toes', holdSeconds: 45 },
    ],
    rounds: 2,
  },
  session: { startedAt: 1_700_000_000_000, pausedAt: 1_700_000_050_000, pausedMs: 0, shiftMs: 0 },
  held: [1, 3],
  reached: 4,
};

describe('the saved stretch session', () => {
  it('reads back what was saved', () => {
    expect(parseRunningStretch(structuredClone(saved))).toEqual(saved);
  });

  it('drops bad hold indices but keeps the session', () => {
    const raw = { ...structuredClone(saved), held: [1, -2, 'x', 3.5, 3], reached: 'far' };
    expect(parseRunningStretch(raw)).toMatchObject({ held: [1, 3], reached: 0 });
  });

  it.each([
    ['no steps', { ...saved, config: { steps: [], rounds: 1 } }],
    [
      'an unknown step',
      { ...saved, config: { steps: [{ id: 'lunge', holdSeconds: 30 }], rounds: 1 } },
    ],
    [
      'a step twice',
      { ...saved, config: { steps: [saved.config.steps[0], saved.config.steps[0]], rounds: 1 } },
    ],
    [
      'a hold too long',
      { ...saved, config: { steps: [{ id: 'toes', holdSeconds: 600 }], rounds: 1 } },
    ],
    ['too many rounds', { ...saved, config: { ...saved.config, rounds: 9 } }],
    ['broken timing', { ...saved, session: null }],
  ])('rejects %s', (_label, raw) => {
    expect(parseRunningStretch(raw)).toBeUndefined();
  });

  it('ended while closed: the holds done, and every hold from the last one reached on', () => {
    // Two rounds of wall calf (ready, left, switch, right) and toes (rest, both feet).
    const timeline = stretchTimeline(saved.config);
    expect([...heldToEnd(saved, timeline)].sort((a, b) => a - b)).toEqual([1, 3, 5, 7, 9, 11]);
  });

  it('the journal entry keeps the date and the stretches done', () => {
    expect(journalEntry(saved, ['wall-calf'], 95_000, 1_700_000_100_000, false)).toEqual({
      kind: 'stretches',
      startedAt: 1_700_000_000_000,
      endedAt: 1_700_000_100_000,
      details: { steps: ['wall-calf'], rounds: 2, minutes: 1.6, completed: false },
    });
  });
});
