import { describe, expect, it } from 'vitest';
import { soundsSettingsShape } from '../../../src/features/sounds/sounds-settings';
import { defaults, readShape } from '../../../src/lib/storage/schema';

describe('the sounds settings', () => {
  it('start with the four-layer Rainy night mix, no timer and a 10-minute fade', () => {
    const value = defaults(soundsSettingsShape);
    expect(value.mix.filter((layer) => layer.on).map((layer) => layer.source)).toEqual([
      'rain',
      'wind',
      'fire',
      'brown',
    ]);
    expect(value).toMatchObject({ timerMinutes: 0, fadeOutMinutes: 10, fadeIn: true });
    expect(value.presets).toEqual([]);
  });

  it('keep what is valid and drop what is not, value by value', () => {
    const { value, invalid } = readShape(soundsSettingsShape, {
      mix: [
        { source: 'rain', on: true, volume: 2 },
        { source: 'surf', on: true, volume: 0.4 },
      ],
      masterVolume: 0.5,
      timerMinutes: 121,
      fadeOutMinutes: 0,
      presets: [{ id: 'p1', name: 'Mine', layers: [{ source: 'surf', volume: 0.5 }] }, 'junk'],
    });
    expect(value.mix).toEqual([{ source: 'surf', on: true, volume: 0.4 }]);
    expect(value.masterVolume).toBe(0.5);
    expect(value.timerMinutes).toBe(0);
    expect(value.fadeOutMinutes).toBe(10);
    expect(value.presets).toHaveLength(1);
    expect(invalid).toEqual(['timerMinutes', 'fadeOutMinutes']);
  });
});
