import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Clock } from '../../lib/time/clock';
import type { PresetLayer } from '../../lib/guides/sound-layers';
import { presetName } from '../../lib/guides/names';
import { applyPreset, matchesPreset, presetLayers, type MixLayer } from './mix-layers';
import { t } from './messages';
import type { SoundsSettings } from './sounds-settings';
import type { SoundsMessage } from './own-sounds-model';
import { builtInPresets } from '../../lib/guides/sound-presets';

/** A preset as the screen shows it. */
export interface PresetView {
  id: string;
  name: string;
  layers: readonly PresetLayer[];
  builtIn: boolean;
}

/**
 * Presets: the built-in ones and the person's own (kept in the settings). Applying one sets
 * the mix; `known` says which sources can still be played (a deleted sound cannot).
 */
export function createPresets(
  settings: SoundsSettings,
  mix: ReadonlySignal<MixLayer[]>,
  known: () => ReadonlySet<string>,
  clock: Clock,
) {
  const own = computed(() => settings.settings.value.sounds.presets);
  const message = signal<SoundsMessage | null>(null);
  const list = computed<PresetView[]>(() => [
    ...builtInPresets.map((preset) => ({
      id: preset.id,
      name: presetName(preset.id),
      layers: preset.layers,
      builtIn: true,
    })),
    ...own.value.map((preset) => ({ ...preset, builtIn: false })),
  ]);
  const cleanName = (name: string) => name.trim().slice(0, 60);

  return {
    list,
    message,
    /** The preset the mix is exactly, if any. */
    active: computed(() => list.value.find((preset) => matchesPreset(mix.value, preset.layers))),

    /** Sets the mix to a preset; false if there is no such preset. */
    apply(id: string): boolean {
      const preset = list.value.find((candidate) => candidate.id === id);
      if (!preset) return false;
      const playable = preset.layers.filter((layer) => known().has(layer.source));
      settings.update('sounds.mix', applyPreset(mix.value, playable));
      return true;
    },

    /** Saves the mix as a preset; false when nothing is on or there is no name. */
    save(name: string): boolean {
      const layers = presetLayers(mix.value);
      if (layers.length === 0 || !cleanName(name)) return false;
      const preset = { id: `p-${clock.now().toString(36)}`, name: cleanName(name), layers };
      settings.update('sounds.presets', [...own.value, preset]);
      message.value = { tone: 'info', text: t('presets.saved', { name: preset.name }) };
      return true;
    },

    rename(id: string, name: string) {
      if (!cleanName(name)) return;
      settings.update(
        'sounds.presets',
        own.value.map((preset) =>
          preset.id === id ? { ...preset, name: cleanName(name) } : preset,
        ),
      );
    },

    remove(id: string) {
      settings.update(
        'sounds.presets',
        own.value.filter((preset) => preset.id !== id),
      );
    },
  };
}
