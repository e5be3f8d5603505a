import { describe, expect, it } from 'vitest';
import {
  breathMs,
  breathTimeline,
  cyclesForMinutes,
  phaseAt,
  phaseNames,
  type Breath,
  type BreathPattern,
  type PhaseName,
} from '../../../src/lib/guides/breath-timing';
import { presetBreaths } from '../../../src/lib/guides/breath-presets';

/** Every phase start of one breath, with the phase before and after it. */
function boundaries(breath: Breath): { atMs: number; before: PhaseName; after: PhaseName }[] {
  const timed = phaseNames.filter((phase) => breath[phase] > 0);
  const out = [];
  let at = 0;
  for (let index = 0; index < timed.length; index += 1) {
    at += breath[timed[index]] * 1000;
    out.push({ atMs: at, before: timed[index], after: timed[(index + 1) % timed.length] });
  }
  return out;
}

const presets = Object.entries(presetBreaths) as [string, Breath][];

describe('phaseAt', () => {
  it.each(presets)('%s: each phase boundary, 1 ms before and after', (_name, breath) => {
    const pattern: BreathPattern = { ...breath, cycles: 3 };
    const cycle = breathMs(breath);
    expect(phaseAt(pattern, 0)).toMatchObject({ phase: 'inhale', cycle: 1, progress: 0 });
    for (const offset of [0, cycle]) {
      for (const { atMs, before, after } of boundaries(breath)) {
        const boundary = offset + atMs;
        const wrapsToNextBreath = atMs === cycle;
        const early = phaseAt(pattern, boundary - 1);
        expect(early.phase).toBe(before);
        expect(early.phaseRemainingMs).toBe(1);
        const late = phaseAt(pattern, boundary + 1);
        expect(late.phase).toBe(after);
        expect(late.phaseRemainingMs).toBe(breath[after] * 1000 - 1);
        expect(late.cycle).toBe(offset / cycle + 1 + (wrapsToNextBreath ? 1 : 0));
        // Half-open phases: the boundary itself belongs to the phase that starts there.
        expect(phaseAt(pattern, boundary).phase).toBe(after);
      }
    }
  });

  it('4-7-8: inhale, then hold at 4 s, exhale at 11 s, the next breath at 19 s', () => {
    const pattern = { ...presetBreaths['4-7-8'], cycles: 4 };
    expect(phaseAt(pattern, 3999)).toMatchObject({ phase: 'inhale', cycle: 1 });
    expect(phaseAt(pattern, 4000)).toMatchObject({ phase: 'holdIn', phaseMs: 7000 });
    expect(phaseAt(pattern, 10_999).phase).toBe('holdIn');
    expect(phaseAt(pattern, 11_000)).toMatchObject({ phase: 'exhale', phaseRemainingMs: 8000 });
    expect(phaseAt(pattern, 19_000)).toMatchObject({ phase: 'inhale', cycle: 2 });
    expect(phaseAt(pattern, 9_500)).toMatchObject({ progress: 5500 / 7000, cycles: 4 });
  });

  it('gives the session time left, and is done at the end and beyond', () => {
    const pattern = { ...presetBreaths.box, cycles: 2 };
    expect(phaseAt(pattern, 0).remainingMs).toBe(32_000);
    expect(phaseAt(pattern, 31_999)).toMatchObject({ phase: 'holdOut', cycle: 2, done: false });
    expect(phaseAt(pattern, 32_000)).toMatchObject({ done: true, remainingMs: 0, progress: 1 });
    expect(phaseAt(pattern, 99_000)).toMatchObject({ done: true, phase: 'holdOut', cycle: 2 });
    expect(phaseAt(pattern, -50)).toMatchObject({ phase: 'inhale', cycle: 1, progress: 0 });
  });

  it('custom breaths with zero holds skip the holds entirely', () => {
    const pattern: BreathPattern = { inhale: 3, holdIn: 0, exhale: 5, holdOut: 0, cycles: 2 };
    expect(breathTimeline(pattern).segments.map((segment) => segment.phase)).toEqual([
      'inhale',
      'exhale',
      'inhale',
      'exhale',
    ]);
    expect(phaseAt(pattern, 2999).phase).toBe('inhale');
    expect(phaseAt(pattern, 3000).phase).toBe('exhale');
    expect(phaseAt(pattern, 7999)).toMatchObject({ phase: 'exhale', cycle: 1 });
    expect(phaseAt(pattern, 8000)).toMatchObject({ phase: 'inhale', cycle: 2 });
    expect(breathTimeline(pattern).totalMs).toBe(16_000);
  });

  it('custom breaths with only an out-hold, and half seconds', () => {
    const pattern: BreathPattern = { inhale: 4.5, holdIn: 0, exhale: 6.5, holdOut: 1.5, cycles: 1 };
    expect(phaseAt(pattern, 4499).phase).toBe('inhale');
    expect(phaseAt(pattern, 4500).phase).toBe('exhale');
    expect(phaseAt(pattern, 10_999).phase).toBe('exhale');
    expect(phaseAt(pattern, 11_000)).toMatchObject({ phase: 'holdOut', phaseRemainingMs: 1500 });
    expect(phaseAt(pattern, 12_499).done).toBe(false);
    expect(phaseAt(pattern, 12_500).done).toBe(true);
  });

  it('a breath of nothing at all cannot be timed', () => {
    const pattern: BreathPattern = { inhale: 0, holdIn: 0, exhale: 0, holdOut: 0, cycles: 3 };
    expect(() => phaseAt(pattern, 0)).toThrow(RangeError);
  });
});

describe('cyclesForMinutes', () => {
  it('fills the minutes with whole breaths, rounding up so no breath is cut off', () => {
    expect(cyclesForMinutes(presetBreaths.resonant, 5)).toBe(28); // 11 s breaths: 27.3 → 28
    expect(cyclesForMinutes(presetBreaths.box, 4)).toBe(15); // 16 s breaths: exactly 15
    expect(cyclesForMinutes(presetBreaths['4-7-8'], 1)).toBe(4); // 19 s: 3.2 → 4
    expect(cyclesForMinutes({ inhale: 0, holdIn: 0, exhale: 0, holdOut: 0 }, 5)).toBe(1);
  });
});
