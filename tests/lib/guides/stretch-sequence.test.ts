import { describe, expect, it } from 'vitest';
import {
  backTarget,
  expandSequence,
  skipTarget,
  stepsDone,
  stretchTimeline,
  type StretchConfig,
} from '../../../src/lib/guides/stretch-sequence';
import { chosenConfig } from '../../../src/features/stretches/running-stretch';
import { settingsShape } from '../../../src/app/settings-schema';
import { defaults } from '../../../src/lib/storage/schema';

const defaultConfig = () => chosenConfig(defaults(settingsShape).stretches) as StretchConfig;
const describeSegments = (config: StretchConfig) =>
  expandSequence(config).map(
    (segment) => `${segment.kind}:${segment.step}:${segment.side}:${segment.durationMs / 1000}`,
  );

describe('expanding a configuration', () => {
  it('the default sequence: five stretches, left then right, short rests between', () => {
    expect(describeSegments(defaultConfig())).toEqual([
      'ready:wall-calf:left:5',
      'hold:wall-calf:left:30',
      'switch:wall-calf:right:5',
      'hold:wall-calf:right:30',
      'rest:bent-knee:left:10',
      'hold:bent-knee:left:30',
      'switch:bent-knee:right:5',
      'hold:bent-knee:right:30',
      'rest:towel:left:10',
      'hold:towel:left:30',
      'switch:towel:right:5',
      'hold:towel:right:30',
      'rest:ankle-circles:left:10',
      'hold:ankle-circles:left:40',
      'switch:ankle-circles:right:5',
      'hold:ankle-circles:right:40',
      'rest:toes:both:10',
      'hold:toes:both:30',
    ]);
    // 5 s to get ready + 4 × 10 s rests + 4 × 5 s switches + 290 s of holds = 5 min 55 s.
    expect(stretchTimeline(defaultConfig()).totalMs).toBe(355_000);
  });

  it('steps × sides × rounds, in order, with a rest before each later stretch and round', () => {
    const config: StretchConfig = {
      steps: [
        { id: 'towel', holdSeconds: 20 },
        { id: 'toes', holdSeconds: 15 },
      ],
      rounds: 2,
    };
    const segments = expandSequence(config);
    expect(describeSegments(config)).toEqual([
      'ready:towel:left:5',
      'hold:towel:left:20',
      'switch:towel:right:5',
      'hold:towel:right:20',
      'rest:toes:both:10',
      'hold:toes:both:15',
      'rest:towel:left:10',
      'hold:towel:left:20',
      'switch:towel:right:5',
      'hold:towel:right:20',
      'rest:toes:both:10',
      'hold:toes:both:15',
    ]);
    expect(segments.map((segment) => segment.round)).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2]);
    expect(segments.map((segment) => segment.stepNumber)).toEqual([
      1, 1, 1, 1, 2, 2, 1, 1, 1, 1, 2, 2,
    ]);
    // Round 1 opens with 5 s to get ready, round 2 with a 10 s rest.
    expect(stretchTimeline(config).totalMs).toBe((75 + 80) * 1000);
  });

  it('the settings leave out what the person took out, and keep their holds', () => {
    const settings = defaults(settingsShape).stretches;
    settings.steps.towel.included = false;
    settings.steps['wall-calf'].holdSeconds = 45;
    settings.rounds = 3;
    const config = chosenConfig(settings) as StretchConfig;
    expect(config.steps.map((step) => step.id)).toEqual([
      'wall-calf',
      'bent-knee',
      'ankle-circles',
      'toes',
    ]);
    expect(config.rounds).toBe(3);
    expect(config.steps[0]).toEqual({ id: 'wall-calf', holdSeconds: 45 });
    for (const id of ['wall-calf', 'bent-knee', 'towel', 'ankle-circles', 'toes'] as const)
      settings.steps[id].included = false;
    expect(chosenConfig(settings)).toBeNull();
  });
});

describe('skip and back', () => {
  const timeline = stretchTimeline(defaultConfig());
  // Starts: ready 0, wall L 5, switch 35, wall R 40, rest 70, bent L 80, ...
  it('skip goes to the next hold, past a rest or a switch; past the last, the end', () => {
    expect(skipTarget(timeline, 0)).toBe(5_000);
    expect(skipTarget(timeline, 12_000)).toBe(40_000);
    expect(skipTarget(timeline, 36_000)).toBe(40_000);
    expect(skipTarget(timeline, 41_000)).toBe(80_000);
    expect(skipTarget(timeline, 72_000)).toBe(80_000);
    expect(skipTarget(timeline, 330_000)).toBe(355_000);
  });

  it('back restarts a hold that has run a while, else goes to the hold before', () => {
    expect(backTarget(timeline, 12_000)).toBe(5_000);
    expect(backTarget(timeline, 7_000)).toBe(0);
    expect(backTarget(timeline, 2_000)).toBe(0);
    expect(backTarget(timeline, 36_000)).toBe(5_000);
    expect(backTarget(timeline, 42_000)).toBe(5_000);
    expect(backTarget(timeline, 50_000)).toBe(40_000);
    expect(backTarget(timeline, 75_000)).toBe(40_000);
    expect(backTarget(timeline, 90_000)).toBe(80_000);
  });
});

describe('steps done', () => {
  it('counts a stretch when every side of it was held to the end in some round', () => {
    const timeline = stretchTimeline(defaultConfig());
    // Wall calf both sides (1, 3); bent knee only the left (5); toes (17).
    expect(stepsDone(timeline, new Set([1, 3, 5, 17]))).toEqual(['wall-calf', 'toes']);
    expect(stepsDone(timeline, new Set())).toEqual([]);
  });
});
