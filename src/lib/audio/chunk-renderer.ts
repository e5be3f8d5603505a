import { Random } from './dsp/random';
import { soundscapeDsp } from './soundscapes/registry';
import type { SoundscapeDsp } from './soundscapes/soundscape-dsp';
import { RENDER_BLOCK, type RendererReply, type RendererRequest } from './chunk-messages';

/**
 * The soundscape renderer's work, wherever it runs: the Worker in the app
 * (soundscape-renderer.ts), or in-process under a test's OfflineAudioContext. It answers each
 * request for a chunk through `reply`, with the layer's next frames of one running synthesis.
 */
export function createChunkRenderer(
  reply: (reply: RendererReply, transfer: Transferable[]) => void,
): (request: RendererRequest) => void {
  const layers = new Map<string, SoundscapeDsp>();
  // Arrays the page has copied out and handed back: reused, so rendering allocates nothing and
  // gives the garbage collector (here and on the page) no megabytes a second to sweep.
  const spare: Float32Array<ArrayBuffer>[] = [];

  const channel = (frames: number) => {
    const found = spare.findIndex((array) => array.length === frames);
    return found < 0 ? new Float32Array(frames) : spare.splice(found, 1)[0];
  };

  return (request) => {
    if (request.type === 'open') {
      layers.set(request.key, soundscapeDsp[request.id](request.rate, new Random(request.seed)));
      return;
    }
    if (request.type === 'close') {
      layers.delete(request.key);
      return;
    }
    if (request.type === 'spare') {
      spare.push(request.left, request.right);
      return;
    }
    const dsp = layers.get(request.key);
    if (!dsp) return;
    const left = channel(request.frames);
    const right = channel(request.frames);
    for (let from = 0; from < request.frames; from += RENDER_BLOCK) {
      const to = Math.min(request.frames, from + RENDER_BLOCK);
      dsp.render(left.subarray(from, to), right.subarray(from, to));
    }
    reply({ key: request.key, chunk: request.chunk, left, right }, [left.buffer, right.buffer]);
  };
}
