import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { DecodedSound } from '../../lib/audio/layer-set';
import { loudnessOf, seamlessLoop } from '../../lib/audio/loop-buffer';
import { soundSource } from '../../lib/guides/sound-layers';
import { withoutSource, type MixLayer } from './mix-layers';
import { t } from './messages';
import type { SoundsSettings } from './sounds-settings';
import type { ImportProblem, UserSound, UserSounds } from './user-sounds';

/** A short message under an action: what happened, or why not. */
export interface SoundsMessage {
  tone: 'info' | 'problem';
  text: string;
}

const problemText: Record<ImportProblem, () => string> = {
  'too-large': () => t('own.tooLarge'),
  'not-audio': () => t('own.notAudio'),
  undecodable: () => t('own.undecodable'),
  'too-long': () => t('own.tooLong'),
  'no-space': () => t('own.noSpace'),
};

/**
 * The person's own sounds: the list, adding and deleting (with a message either way), and
 * each one decoded once into a seamless loop when it is first played.
 */
export function createOwnSounds(
  sounds: UserSounds,
  settings: SoundsSettings,
  mix: ReadonlySignal<MixLayer[]>,
) {
  const list = signal<UserSound[]>([]);
  const unavailable = signal<ReadonlySet<string>>(new Set());
  const message = signal<SoundsMessage | null>(null);
  const importing = signal(false);
  const decoded = new Map<string, Promise<DecodedSound>>();

  const refresh = async () => {
    list.value = await sounds.list();
  };
  void refresh();

  return {
    list,
    unavailable,
    message,
    importing,
    usedBytes: computed(() => list.value.reduce((sum, sound) => sum + sound.bytes, 0)),
    /** Where the sounds are kept: on disk, or only in memory until Lull closes. */
    mode: () => sounds.mode(),

    /** Loads, decodes and loops a sound for a context (once; later calls share it). */
    loader: (id: string) => (context: BaseAudioContext) => {
      let loading = decoded.get(id);
      if (!loading) {
        loading = sounds.data(id).then(async (data) => {
          if (!data) throw new Error('The sound’s bytes are gone.');
          const buffer = await context.decodeAudioData(data);
          return { buffer: seamlessLoop(context, buffer), loudness: loudnessOf(buffer) };
        });
        decoded.set(id, loading);
        loading.catch(() => {
          decoded.delete(id);
          unavailable.value = new Set([...unavailable.value, id]);
        });
      }
      return loading;
    },

    /** Adds a file, with a message either way. */
    async add(file: File) {
      importing.value = true;
      message.value = { tone: 'info', text: t('own.adding', { name: file.name }) };
      try {
        const result = await sounds.add(file);
        if (!result.ok) {
          message.value = { tone: 'problem', text: problemText[result.problem]() };
          return;
        }
        await refresh();
        message.value = { tone: 'info', text: t('own.added', { name: result.sound.name }) };
      } finally {
        importing.value = false;
      }
    },

    /** Deletes a sound, from the mix and the presets too. */
    async remove(id: string) {
      const source = soundSource(id);
      const { presets } = settings.settings.value.sounds;
      settings.update('sounds.mix', withoutSource(mix.value, source));
      settings.update(
        'sounds.presets',
        presets.map((preset) => ({
          ...preset,
          layers: preset.layers.filter((layer) => layer.source !== source),
        })),
      );
      await sounds.remove(id);
      decoded.delete(id);
      await refresh();
    },
  };
}
