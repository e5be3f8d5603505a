import { rainyNightLayers, type PresetLayer } from './sound-layers';

/**
 * The presets Lull ships, by id (their names are in labels.ts). Each plays at the common
 * loudness (soundscapes/loudness.ts): to re-tune one, multiply all its sliders by the factor
 * tests/audio/sounds-loudness prints, which keeps its balance.
 */
export const builtInPresets = [
  { id: 'rainy-night', layers: rainyNightLayers },
  {
    id: 'seaside',
    layers: [
      { source: 'surf', volume: 0.69 },
      { source: 'wind', volume: 0.26 },
      { source: 'pink', volume: 0.3 },
    ],
  },
  {
    id: 'forest-night',
    layers: [
      { source: 'night', volume: 0.65 },
      { source: 'stream', volume: 0.5 },
      { source: 'wind', volume: 0.3 },
    ],
  },
] as const satisfies readonly { id: string; layers: readonly PresetLayer[] }[];

/** The id of a built-in preset. */
export type BuiltInPresetId = (typeof builtInPresets)[number]['id'];
