import { describe, expect, it } from 'vitest';
import { routineSettingsShape } from '../../../src/features/routine/routine-settings';
import { settingsShape } from '../../../src/app/settings-schema';
import { readShape } from '../../../src/lib/storage/schema';

const steps = routineSettingsShape.steps;

describe('the routine’s settings', () => {
  it('start empty: Lull’s default routine until the person changes it', () => {
    expect(readShape(settingsShape, {}).value.routine).toEqual({ steps: [] });
  });

  it('keep a valid step of every kind as it is', () => {
    const routine = [
      { kind: 'habit', habit: 'warm' },
      { kind: 'stretches', stretches: ['towel', 'wall-calf'] },
      { kind: 'breathing', pattern: 'box', minutes: 12 },
      { kind: 'sounds', preset: 'seaside', timerMinutes: 45 },
    ];
    expect(steps.parse(routine)).toEqual(routine);
    // Reading what was read changes nothing.
    expect(steps.parse(steps.parse(routine))).toEqual(routine);
  });

  it('drop a step of an unknown kind, or with an option out of range, and keep the others', () => {
    expect(
      steps.parse([
        { kind: 'habit', habit: 'lights' },
        { kind: 'nap', minutes: 20 },
        { kind: 'habit', habit: 'coffee' },
        { kind: 'breathing', pattern: 'box', minutes: 0 },
        { kind: 'breathing', pattern: 'box', minutes: 2.5 },
        { kind: 'stretches', stretches: 'towel' },
        { kind: 'sounds', preset: 'x'.repeat(41), timerMinutes: 30 },
        { kind: 'sounds', preset: '', timerMinutes: 600 },
        null,
        'habit',
        ['habit'],
        { habit: 'socks' },
        { kind: 'habit', habit: 'socks' },
      ]),
    ).toEqual([
      { kind: 'habit', habit: 'lights' },
      { kind: 'habit', habit: 'socks' },
    ]);
  });

  it('give a step its defaults for options it lacks, and forget fields it does not have', () => {
    expect(
      steps.parse([{ kind: 'breathing' }, { kind: 'habit', habit: 'air', minutes: 3 }]),
    ).toEqual([
      { kind: 'breathing', pattern: 'resonant', minutes: 5 },
      { kind: 'habit', habit: 'air' },
    ]);
    expect(steps.parse([{ kind: 'stretches', stretches: ['toes', 'nope'] }])).toEqual([
      { kind: 'stretches', stretches: ['toes'] },
    ]);
  });

  it('keep at most 20 steps, and a damaged list falls back to the default routine', () => {
    const many = Array.from({ length: 30 }, () => ({ kind: 'habit', habit: 'socks' }));
    expect(steps.parse(many)).toHaveLength(20);
    const read = readShape(settingsShape, { routine: { steps: 'lights, socks' } });
    expect(read.value.routine.steps).toEqual([]);
    expect(read.invalid).toEqual(['routine.steps']);
  });
});
