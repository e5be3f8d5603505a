// Renders soundscapes the way the app plays them: each layer at its slider's gain in the app's
// chunked mix, through the output chain at the default overall volume, transport open.
import { soundsSettingsShape } from '../../src/features/sounds/sounds-settings';
import { createOutputChain, volumeGain } from '../../src/lib/audio/output-chain';
import type { SoundscapeId } from '../../src/lib/audio/soundscape-ids';
import { createOfflineMix, renderStepped } from './render-chunked';
import { channelsOf } from './sounds-measure';

/** One layer as a person sets it: which soundscape, and its slider's position (0..1). */
export interface PlayedLayer {
  id: SoundscapeId;
  volume: number;
}

/** The stereo output of `layers` playing together for `seconds`, each seeded from `seed`. */
export async function renderAsPlayed(
  layers: readonly PlayedLayer[],
  { seconds, sampleRate, seed }: { seconds: number; sampleRate: number; seed: number },
): Promise<Float32Array[]> {
  const context = new OfflineAudioContext(2, Math.round(seconds * sampleRate), sampleRate);
  const master = soundsSettingsShape.masterVolume.fallback;
  const chain = createOutputChain(context, context.destination, master);
  chain.transport.gain.value = 1;
  const mix = createOfflineMix(context, chain.input);
  layers.forEach(({ id, volume }, i) =>
    mix.add({ key: id, id, seed: seed + i, gain: volumeGain(volume) }, 0),
  );
  return channelsOf(await renderStepped(context));
}
