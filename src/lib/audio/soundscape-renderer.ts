// The Worker that synthesises the built-in soundscapes ahead of time, in chunks of a few
// seconds (chunked-mix.ts plays them; chunk-renderer.ts does the work). Vite builds it as its
// own same-origin file (imported with `?worker`), so the CSP's `worker-src 'self'` allows it
// and the service worker precaches it. Synthesis here costs what it cost in the AudioWorklet
// Lull once had, but the audio thread only plays buffers: a worklet node alone cost about as
// much again as the DSP.
import type { RendererReply, RendererRequest } from './chunk-messages';
import { createChunkRenderer } from './chunk-renderer';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<RendererRequest>) => void) | null;
  postMessage(message: RendererReply, transfer: Transferable[]): void;
};

const render = createChunkRenderer((reply, transfer) => scope.postMessage(reply, transfer));
scope.onmessage = ({ data }) => render(data);
