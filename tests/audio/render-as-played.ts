// Renders soundscapes the way the app plays them: each layer at its slider's gain in one
// worklet node, through the output chain at the default overall volume, transport open.
import { soundsSettingsShape } from '../../src/features/sounds/sounds-settings';
import { createOutputChain, volumeGain } from '../../src/lib/audio/output-chain';
import { createSoundscapeMix, loadSoundWorklet } from '../../src/lib/audio/soundscape';
import type { SoundscapeId } from '../../src/lib/audio/soundscape-ids';
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
  await loadSoundWorklet(context);
  const master = soundsSettingsShape.masterVolume.fallback;
  const chain = createOutputChain(context, context.destination, master);
  chain.transport.gain.value = 1;
  createSoundscapeMix(
    context,
    chain.input,
    layers.map(({ id, volume }, i) => ({ key: id, id, seed: seed + i, gain: volumeGain(volume) })),
  );
  return channelsOf(await context.startRendering());
}
