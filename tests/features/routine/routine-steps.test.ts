import { describe, expect, it } from 'vitest';
import { routineLengthMs } from '../../../src/features/routine/routine-plan';
import {
  addableSteps,
  defaultRoutine,
  normalizeSteps,
  routineOf,
  stepKey,
} from '../../../src/features/routine/routine-steps';
import { guidesOf, settingsWith } from '../../support/stores';

describe('the default routine', () => {
  it('takes about 20 minutes: 21 min 3 s with the default stretches and breathing', () => {
    const length = routineLengthMs(defaultRoutine, guidesOf(settingsWith({})));
    // Habits 10 min (estimates), stretches 5 min 55 s, resonant breathing 28 breaths of 11 s.
    expect(length).toBe(10 * 60_000 + 355_000 + 308_000);
    expect(length).toBeGreaterThan(18 * 60_000);
    expect(length).toBeLessThan(24 * 60_000);
  });

  it('uses all four kinds, ends with lights out and follows its own rules', () => {
    expect(new Set(defaultRoutine.map((step) => step.kind))).toEqual(
      new Set(['habit', 'stretches', 'breathing', 'sounds']),
    );
    expect(defaultRoutine.at(-1)?.kind).toBe('sounds');
    expect(normalizeSteps(defaultRoutine)).toEqual(defaultRoutine);
  });

  it('is the routine until the person makes their own', () => {
    expect(routineOf(settingsWith({ routine: { steps: [] } }))).toEqual(defaultRoutine);
    const own = [{ kind: 'habit', habit: 'air' } as const];
    expect(routineOf(settingsWith({ routine: { steps: own } }))).toEqual(own);
  });
});

describe('a routine’s rules', () => {
  it('keeps each step once and lights out last', () => {
    expect(
      normalizeSteps([
        { kind: 'sounds', preset: '', timerMinutes: 30 },
        { kind: 'habit', habit: 'socks' },
        { kind: 'breathing', pattern: 'box', minutes: 3 },
        { kind: 'habit', habit: 'socks' },
        { kind: 'breathing', pattern: '4-7-8', minutes: 2 },
      ]).map(stepKey),
    ).toEqual(['habit:socks', 'breathing', 'sounds']);
  });

  it('offers what is not in the routine yet', () => {
    expect(addableSteps(defaultRoutine).map(stepKey)).toEqual(['habit:warm', 'habit:air']);
    expect(addableSteps([]).map(stepKey)).toEqual([
      'habit:screens',
      'habit:lights',
      'habit:warm',
      'habit:drink',
      'habit:air',
      'habit:worries',
      'habit:socks',
      'stretches',
      'breathing',
      'sounds',
    ]);
  });
});
