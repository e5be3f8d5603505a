// The Worker that synthesises the built-in soundscapes ahead of time, in chunks of a few
// seconds (chunked-mix.ts plays them). Vite builds it as its own same-origin file (imported
// with `?worker`), so the CSP's `worker-src 'self'` allows it and the service worker
// precaches it. Synthesis here costs the same as in the AudioWorklet, but the audio thread
// then only plays buffers: a worklet node alone cost about as much again as the DSP.
import { Random } from './dsp/random';
import { soundscapeDsp } from './soundscapes/registry';
import type { SoundscapeDsp } from './soundscapes/soundscape-dsp';
import { RENDER_BLOCK, type RendererReply, type RendererRequest } from './chunk-messages';

const layers = new Map<string, SoundscapeDsp>();
// Arrays the page has copied out and handed back: reused, so rendering allocates nothing and
// gives the garbage collector (here and on the page) no megabytes a second to sweep.
const spare: Float32Array<ArrayBuffer>[] = [];

const channel = (frames: number) => {
  const found = spare.findIndex((array) => array.length === frames);
  return found < 0 ? new Float32Array(frames) : spare.splice(found, 1)[0];
};

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<RendererRequest>) => void) | null;
  postMessage(message: RendererReply, transfer: Transferable[]): void;
};

scope.onmessage = ({ data }) => {
  if (data.type === 'open') {
    layers.set(data.key, soundscapeDsp[data.id](data.rate, new Random(data.seed)));
    return;
  }
  if (data.type === 'close') {
    layers.delete(data.key);
    return;
  }
  if (data.type === 'spare') {
    spare.push(data.left, data.right);
    return;
  }
  const dsp = layers.get(data.key);
  if (!dsp) return;
  const left = channel(data.frames);
  const right = channel(data.frames);
  for (let from = 0; from < data.frames; from += RENDER_BLOCK) {
    const to = Math.min(data.frames, from + RENDER_BLOCK);
    dsp.render(left.subarray(from, to), right.subarray(from, to));
  }
  scope.postMessage({ key: data.key, chunk: data.chunk, left, right }, [left.buffer, right.buffer]);
};
