import { describe, expect, it } from 'vitest';
import {
  journalEntry,
  parseRunningRoutine,
  type RunningRoutine,
} from '../../../src/features/routine/routine-session';
import { defaultRoutine } from '../../../src/features/routine/routine-steps';

const saved = (): RunningRoutine => ({
  steps: structuredClone([...defaultRoutine]),
  index: 2,
  outcomes: ['done', 'skipped', 'todo', 'todo', 'todo', 'todo', 'todo', 'todo'],
  startedAt: 1_700_000_000_000,
  step: { startedAt: 1_700_000_100_000, pausedAt: null, pausedMs: 0, shiftMs: 0 },
  begun: false,
  seenAt: 1_700_000_120_000,
});

describe('a saved routine', () => {
  it('reads back as it was saved', () => {
    expect(parseRunningRoutine(JSON.parse(JSON.stringify(saved())))).toEqual(saved());
  });

  it('is not resumed when any part of it is damaged', () => {
    const broken: unknown[] = [
      null,
      [],
      { ...saved(), steps: [] },
      // A dropped step would move every step after it: the whole routine is refused.
      { ...saved(), steps: [{ kind: 'nap' }, ...saved().steps.slice(1)] },
      { ...saved(), steps: [...saved().steps].reverse() },
      { ...saved(), index: 8 },
      { ...saved(), index: -1 },
      { ...saved(), index: 1.5 },
      { ...saved(), outcomes: ['done'] },
      { ...saved(), outcomes: saved().outcomes.map(() => 'maybe') },
      { ...saved(), startedAt: 'yesterday' },
      { ...saved(), seenAt: Infinity },
      { ...saved(), begun: 'no' },
      { ...saved(), step: { startedAt: 1 } },
    ];
    for (const raw of broken) expect(parseRunningRoutine(raw)).toBeUndefined();
  });
});

describe('the journal entry of a routine', () => {
  it('says when it ran and which steps were done and skipped', () => {
    const routine = { ...saved(), index: 7 };
    routine.outcomes = ['done', 'skipped', 'done', 'done', 'done', 'done', 'skipped', 'done'];
    expect(journalEntry(routine, 1_700_001_300_000.4, true)).toEqual({
      kind: 'routine',
      startedAt: 1_700_000_000_000,
      endedAt: 1_700_001_300_000,
      details: {
        done: [
          'habit:screens',
          'habit:drink',
          'habit:worries',
          'stretches',
          'habit:socks',
          'sounds',
        ],
        skipped: ['habit:lights', 'breathing'],
        steps: 8,
        completed: true,
      },
    });
  });

  it('counts steps never reached as skipped when it ended early, and never ends before it began', () => {
    const entry = journalEntry(saved(), 0, false);
    expect(entry.endedAt).toBe(entry.startedAt);
    expect(entry.details.done).toEqual(['habit:screens']);
    expect(entry.details.skipped).toHaveLength(7);
  });
});
