// Offline renders of the built-in soundscapes through the app's own chunked mix
// (chunked-mix.ts): its gains, its scheduling, its chunk sizes. Only the renderer's thread
// differs: the chunks are rendered in-process by the Worker's own code (chunk-renderer.ts),
// so a test needs no Worker and waits on nothing but the render.
import type { OpenChunkSource } from '../../src/lib/audio/chunk-messages';
import { createChunkRenderer } from '../../src/lib/audio/chunk-renderer';
import { createChunkedMix } from '../../src/lib/audio/chunked-mix';
import type { SoundscapeId } from '../../src/lib/audio/soundscape-ids';

/** The renderer in-process: each chunk answered a microtask later, in order, as a Worker would. */
export const openInProcessRenderer: OpenChunkSource = (onChunk) => {
  let open = true;
  const render = createChunkRenderer((reply) =>
    queueMicrotask(() => {
      if (open) onChunk(reply);
    }),
  );
  return {
    send: (request) => render(request),
    close: () => {
      open = false;
    },
  };
};

/** The app's chunked mix on `context`, its chunks rendered in-process. */
export const createOfflineMix = (context: BaseAudioContext, destination: AudioNode) =>
  createChunkedMix(context, destination, openInProcessRenderer);

// The mix keeps about 8 s scheduled ahead and asks for more as each chunk ends: pausing every
// second of audio lets it do that on the page's thread, as it does while a real context plays.
const STEP_S = 1;

/**
 * Renders `context` to its end, pausing every second so the chunked mix can keep up;
 * `actions` run at their context times (in seconds), as a person's taps would while it plays.
 */
export async function renderStepped(
  context: OfflineAudioContext,
  actions: Record<number, () => void> = {},
): Promise<AudioBuffer> {
  const seconds = context.length / context.sampleRate;
  const times = new Set(Object.keys(actions).map(Number));
  for (let at = STEP_S; at < seconds; at += STEP_S) times.add(at);
  for (const at of times)
    void context.suspend(at).then(async () => {
      actions[at]?.();
      // A task later: every chunk that ended by now has asked for its successor, and had it.
      await new Promise((resolve) => setTimeout(resolve, 0));
      await context.resume();
    });
  // A task first: every layer added so far has its first chunks, placed while the clock still
  // stands at 0 (as the engine awaits the mix's `ready` before it lets the sound in).
  await new Promise((resolve) => setTimeout(resolve, 0));
  return context.startRendering();
}

// The seeds each soundscape's acoustic tests were tuned with.
const seeds: Record<SoundscapeId, number> = {
  rain: 11,
  surf: 12,
  wind: 13,
  stream: 14,
  night: 15,
  fire: 16,
  brown: 3,
  pink: 2,
  white: 1,
};

/** A layer of soundscape `id` at `gain` (1: its calibrated level), with its tuned seed. */
export const layerOf = (id: SoundscapeId, gain = 1) => ({ key: id, id, seed: seeds[id], gain });

/** Renders soundscape `id` alone, at its calibrated level, in a stereo OfflineAudioContext. */
export async function renderSoundscape(
  id: SoundscapeId,
  { seconds, sampleRate }: { seconds: number; sampleRate: number },
): Promise<AudioBuffer> {
  const context = new OfflineAudioContext(2, Math.round(seconds * sampleRate), sampleRate);
  createOfflineMix(context, context.destination).add(layerOf(id), 0);
  return renderStepped(context);
}
