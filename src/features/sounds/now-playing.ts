import { computed, type ReadonlySignal } from '@preact/signals';
import type { DecodedSound, EngineLayer } from '../../lib/audio/layer-set';
import type { NowPlaying } from '../../lib/audio/playback-session';
import { isSoundscapeId } from '../../lib/audio/soundscape-ids';
import { soundIdOf } from '../../lib/guides/sound-layers';
import { currentLocale } from '../../lib/messages';
import { t } from './messages';
import { activeLayers, type MixLayer } from './mix-layers';
import type { PresetView } from './presets-model';
import { soundscapeLabels } from './soundscape-labels';
import type { UserSound } from './user-sounds';

/** The person's own sounds, as far as playing them goes. */
interface PlayableSounds {
  list: ReadonlySignal<UserSound[]>;
  loader: (id: string) => (context: BaseAudioContext) => Promise<DecodedSound>;
}

/**
 * What plays: the mix's layers that are on, as the engine takes them (an own sound that is
 * gone drops out), and what the lock screen calls them (the preset's name, or the sounds').
 */
export function createNowPlaying(
  mix: ReadonlySignal<MixLayer[]>,
  own: PlayableSounds,
  activePreset: ReadonlySignal<PresetView | undefined>,
) {
  const nameOf = (source: string): string => {
    if (isSoundscapeId(source)) return soundscapeLabels[source].name();
    const id = soundIdOf(source);
    return own.list.value.find((sound) => sound.id === id)?.name ?? '';
  };

  return {
    /** The layers the engine should play now. */
    layers: computed<EngineLayer[]>(() =>
      activeLayers(mix.value).flatMap(({ source, volume }): EngineLayer[] => {
        if (isSoundscapeId(source))
          return [{ key: source, volume, source: { kind: 'soundscape', id: source } }];
        const id = soundIdOf(source);
        if (!id || !own.list.value.some((sound) => sound.id === id)) return [];
        return [{ key: source, volume, source: { kind: 'sound', load: own.loader(id) } }];
      }),
    ),

    /** The lock screen's title and artist for the mix as it is. */
    describe(): NowPlaying {
      const names = activeLayers(mix.value).map((layer) => nameOf(layer.source));
      const title =
        activePreset.value?.name ??
        new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format(names.filter(Boolean));
      return { title, artist: t('nowPlaying.artist') };
    },
  };
}

/** What plays now, as the playback reads it. */
export type NowPlayingModel = ReturnType<typeof createNowPlaying>;
