import { describe, expect, it } from 'vitest';
import {
  applyPreset,
  layerOf,
  matchesPreset,
  presetLayers,
  withLayer,
  withoutSource,
} from '../../../src/features/sounds/mix-layers';
import { defaultMix } from '../../../src/lib/guides/sound-layers';

describe('the mix', () => {
  it('gives untouched layers their defaults: off, at 70 %', () => {
    expect(layerOf([], 'surf')).toEqual({ source: 'surf', on: false, volume: 0.7 });
  });

  it('changes one layer, adding it if needed, and removes a source', () => {
    const mix = withLayer(defaultMix, 'surf', { on: true });
    expect(layerOf(mix, 'surf').on).toBe(true);
    expect(withLayer(mix, 'rain', { volume: 0.2 }).find((l) => l.source === 'rain')?.volume).toBe(
      0.2,
    );
    expect(withoutSource(mix, 'surf').some((l) => l.source === 'surf')).toBe(false);
  });

  it('applies a preset: its layers on at its volumes, the rest off at their own volumes', () => {
    const mix = withLayer(defaultMix, 'rain', { volume: 0.3 });
    const next = applyPreset(mix, [{ source: 'surf', volume: 0.8 }]);
    expect(next.filter((layer) => layer.on)).toEqual([{ source: 'surf', on: true, volume: 0.8 }]);
    expect(layerOf(next, 'rain')).toEqual({ source: 'rain', on: false, volume: 0.3 });
    expect(matchesPreset(next, [{ source: 'surf', volume: 0.8 }])).toBe(true);
    expect(matchesPreset(next, [{ source: 'surf', volume: 0.7 }])).toBe(false);
    expect(presetLayers(next)).toEqual([{ source: 'surf', volume: 0.8 }]);
  });
});
