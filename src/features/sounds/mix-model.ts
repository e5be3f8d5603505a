import { computed } from '@preact/signals';
import { layerOf, withLayer, type MixLayer } from './mix-layers';
import type { SoundsSettings } from './sounds-settings';

/** A slider position rounded to the hundredth, as the settings keep it. */
const toStep = (volume: number) => Math.round(volume * 100) / 100;

/**
 * The mix as saved in the settings: each layer's switch and slider, and the master volume.
 * Every change is saved; another tab's changes arrive through the settings.
 */
export function createMix(settings: SoundsSettings) {
  const mix = computed<MixLayer[]>(() => settings.settings.value.sounds.mix);
  return {
    mix,
    /** A layer as the mix has it, or its defaults if the person never touched it. */
    layer: (source: string) => layerOf(mix.value, source),
    setLayerOn(source: string, on: boolean) {
      settings.update('sounds.mix', withLayer(mix.value, source, { on }));
    },
    setLayerVolume(source: string, volume: number) {
      settings.update('sounds.mix', withLayer(mix.value, source, { volume: toStep(volume) }));
    },
    setMaster: (volume: number) => settings.update('sounds.masterVolume', toStep(volume)),
  };
}
