import { rainyNightLayers, type PresetLayer } from './sound-layers';

/** The presets Lull ships, by id (their names are in labels.ts). */
export const builtInPresets = [
  { id: 'rainy-night', layers: rainyNightLayers },
  {
    id: 'seaside',
    layers: [
      { source: 'surf', volume: 0.8 },
      { source: 'wind', volume: 0.3 },
      { source: 'pink', volume: 0.35 },
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
