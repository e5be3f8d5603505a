import type { SoundscapeId } from './soundscape-ids';

/**
 * The block the synthesis steps in, as the worklet did with 1024-frame render quanta: its slow
 * controls (drifts, gusts) move once a block. Chunks are whole blocks, so they never change it.
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
