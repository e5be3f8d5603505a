import type { SoundscapeId } from './soundscape-ids';

/**
 * The block the synthesis steps in (as it did in the AudioWorklet Lull once had, at 1024-frame
 * render quanta): its slow controls (drifts, gusts) move once a block. Chunks are whole blocks,
 * so they never change it.
 */
export const RENDER_BLOCK = 1024;

/** What the page asks of the soundscape renderer (soundscape-renderer.ts). */
export type RendererRequest =
  | { type: 'open'; key: string; id: SoundscapeId; seed: number; rate: number }
  | { type: 'chunk'; key: string; chunk: number; frames: number }
  | { type: 'close'; key: string }
  | { type: 'spare'; left: Float32Array<ArrayBuffer>; right: Float32Array<ArrayBuffer> };

/** One rendered chunk of a layer: the next `left.length` frames after the one before. */
export interface RendererReply {
  key: string;
  chunk: number;
  left: Float32Array<ArrayBuffer>;
  right: Float32Array<ArrayBuffer>;
}

/** A line to a soundscape renderer: requests out, rendered chunks back. */
export interface ChunkSource {
  send(request: RendererRequest, transfer: Transferable[]): void;
  /** Lets the renderer go: nothing more is asked or answered. */
  close(): void;
}

/**
 * Opens a renderer whose chunks come to `onChunk`, always after `send` has returned (as a
 * Worker's messages do), and `onFail` if it cannot start: the Worker in the app; the same
 * renderer in-process under a test's OfflineAudioContext, so no test needs a Worker.
 */
export type OpenChunkSource = (
  onChunk: (reply: RendererReply) => void,
  onFail: () => void,
) => ChunkSource;
