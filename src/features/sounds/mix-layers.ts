import { DEFAULT_VOLUME, type PresetLayer } from '../../lib/guides/sound-layers';

/** One layer of the mix as saved in the settings. */
export interface MixLayer {
  source: string;
  on: boolean;
  volume: number;
}

/** A layer of the mix, or its defaults if the person never touched it. */
export function layerOf(mix: readonly MixLayer[], source: string): MixLayer {
  return (
    mix.find((layer) => layer.source === source) ?? { source, on: false, volume: DEFAULT_VOLUME }
  );
}

/** The mix with one layer changed (added if it was not there). */
export function withLayer(
  mix: readonly MixLayer[],
  source: string,
  change: Partial<Omit<MixLayer, 'source'>>,
): MixLayer[] {
  const next = { ...layerOf(mix, source), ...change };
  return mix.some((layer) => layer.source === source)
    ? mix.map((layer) => (layer.source === source ? next : layer))
    : [...mix, next];
}

/** The mix without a source (a deleted sound). */
export function withoutSource(mix: readonly MixLayer[], source: string): MixLayer[] {
  return mix.filter((layer) => layer.source !== source);
}

/** The layers that are on. */
export function activeLayers(mix: readonly MixLayer[]): MixLayer[] {
  return mix.filter((layer) => layer.on);
}

/**
 * The mix a preset makes: its layers on at its volumes, every other layer off at the volume
 * it had (so a layer turned back on later sounds as the person left it).
 */
export function applyPreset(mix: readonly MixLayer[], layers: readonly PresetLayer[]): MixLayer[] {
  let next: MixLayer[] = mix.map((layer) => ({ ...layer, on: false }));
  for (const { source, volume } of layers) next = withLayer(next, source, { on: true, volume });
  return next;
}

/** A preset's layers from the current mix. */
export function presetLayers(mix: readonly MixLayer[]): PresetLayer[] {
  return activeLayers(mix).map(({ source, volume }) => ({ source, volume }));
}

/** True when the mix plays exactly a preset's layers at its volumes (within a step). */
export function matchesPreset(mix: readonly MixLayer[], layers: readonly PresetLayer[]): boolean {
  const active = activeLayers(mix);
  return (
    active.length === layers.length &&
    layers.every(({ source, volume }) =>
      active.some((layer) => layer.source === source && Math.abs(layer.volume - volume) < 0.005),
    )
  );
}
