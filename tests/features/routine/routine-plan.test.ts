import { describe, expect, it } from 'vitest';
import { stepLengthMs, timeLeftMs } from '../../../src/features/routine/routine-plan';
import { breathChoiceOf } from '../../../src/features/breathing/breath-step';
import { stretchConfigOf } from '../../../src/features/stretches/stretch-step';
import type { RoutineStep } from '../../../src/features/routine/routine-settings';
import type { StepOf } from '../../../src/features/routine/routine-steps';
import { guidesOf, settingsWith } from '../../support/stores';

const defaults = settingsWith({});
const guides = guidesOf(defaults);

describe('a routine’s lengths', () => {
  it('a habit counts its estimate; lights out counts nothing (the sounds play on)', () => {
    expect(stepLengthMs({ kind: 'habit', habit: 'warm' }, guides)).toBe(10 * 60_000);
    expect(stepLengthMs({ kind: 'habit', habit: 'socks' }, guides)).toBe(60_000);
    expect(stepLengthMs({ kind: 'sounds', preset: '', timerMinutes: 60 }, guides)).toBe(0);
  });

  it('breathing fills its minutes with whole breaths of its pattern', () => {
    const step = { kind: 'breathing', pattern: '4-7-8', minutes: 2 } as const;
    // 19 s a breath: 7 breaths are the fewest that fill two minutes.
    expect(breathChoiceOf(step, defaults.breathing)).toEqual({
      patternId: '4-7-8',
      pattern: { inhale: 4, holdIn: 7, exhale: 8, holdOut: 0, cycles: 7 },
      minutes: 2,
    });
    expect(stepLengthMs(step, guides)).toBe(133_000);
  });

  it('a custom breath is the person’s own; one of no length cannot run', () => {
    const step = { kind: 'breathing', pattern: 'custom', minutes: 1 } as const;
    const custom = { inhale: 3, holdIn: 0, exhale: 3, holdOut: 0 };
    const breathing = { ...defaults.breathing, custom };
    expect(breathChoiceOf(step, breathing)?.pattern).toEqual({ ...custom, cycles: 10 });
    const empty = { ...breathing, custom: { inhale: 0, holdIn: 0, exhale: 0, holdOut: 0 } };
    expect(breathChoiceOf(step, empty)).toBeNull();
    expect(stepLengthMs(step, guidesOf({ ...defaults, breathing: empty }))).toBe(0);
  });

  it('stretches: the chosen ones in the sequence’s order, with the holds and rounds of Stretch', () => {
    const step: StepOf<'stretches'> = { kind: 'stretches', stretches: ['toes', 'towel'] };
    const stretches = structuredClone(defaults.stretches);
    stretches.steps.towel.holdSeconds = 45;
    stretches.rounds = 2;
    expect(stretchConfigOf(step, stretches)).toEqual({
      steps: [
        { id: 'towel', holdSeconds: 45 },
        { id: 'toes', holdSeconds: 30 },
      ],
      rounds: 2,
    });
    // Round 1: ready 5, towel 45 + switch 5 + 45, rest 10, toes 30; round 2 a rest instead of
    // getting ready.
    expect(stepLengthMs(step, guidesOf({ ...defaults, stretches }))).toBe(140_000 + 145_000);
    expect(stretchConfigOf({ stretches: [] }, stretches)).toBeNull();
  });
});

describe('time left', () => {
  const steps: RoutineStep[] = [
    { kind: 'habit', habit: 'drink' },
    { kind: 'breathing', pattern: 'box', minutes: 1 },
    { kind: 'habit', habit: 'socks' },
    { kind: 'sounds', preset: '', timerMinutes: 30 },
  ];

  it('is what is left of this step and all of the ones after it', () => {
    // Box breathing: 16 s a breath, 4 breaths.
    expect(timeLeftMs(steps, 0, 300_000, guides)).toBe(300_000 + 64_000 + 60_000);
    expect(timeLeftMs(steps, 1, 10_000, guides)).toBe(70_000);
    expect(timeLeftMs(steps, 3, 0, guides)).toBe(0);
  });

  it('never counts a step overrun as negative', () => {
    expect(timeLeftMs(steps, 2, -90_000, guides)).toBe(0);
  });
});
