// The AudioWorklet module. Vite builds it as its own same-origin file (soundscape.ts imports
// it with `?worker&url`), so the CSP's `script-src 'self'` allows it and the service worker
// precaches it with the app. A Blob or data: URL would break both.
import { Random } from './dsp/random';
import { soundscapeDsp } from './soundscapes/registry';
import type { SoundscapeDsp } from './soundscapes/soundscape-dsp';
import {
  SOUNDSCAPE_PROCESSOR,
  type SoundscapeProcessorMessage,
  type SoundscapeProcessorOptions,
} from './soundscape-ids';

// Names of the AudioWorkletGlobalScope, which TypeScript's DOM library does not describe.
declare const sampleRate: number;
declare const currentTime: number;
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
  constructor(options?: unknown);
}
declare function registerProcessor(name: string, processor: unknown): void;

/**
 * One soundscape, generated continuously: nothing is a loop, so nothing repeats and there
 * is no seam to click. One node per soundscape with one stereo output keeps the per-node
 * cost of the audio graph low (each extra node or output costs every render quantum).
 */
class SoundscapeProcessor extends AudioWorkletProcessor {
  private readonly dsp: SoundscapeDsp;
  private stopAt = Infinity;

  constructor(options: { processorOptions: SoundscapeProcessorOptions }) {
    super(options);
    const { id, seed } = options.processorOptions;
    this.dsp = soundscapeDsp[id](sampleRate, new Random(seed));
    this.port.onmessage = (event: MessageEvent<SoundscapeProcessorMessage>) => {
      this.stopAt = event.data.stopAt;
    };
  }

  process(_inputs: Float32Array[][], outputs: Float32Array[][]): boolean {
    // Returning false ends the node for good: no more work, and it can be collected.
    if (currentTime >= this.stopAt) return false;
    const [left, right] = outputs[0];
    this.dsp.render(left, right);
    return true;
  }
}

registerProcessor(SOUNDSCAPE_PROCESSOR, SoundscapeProcessor);
