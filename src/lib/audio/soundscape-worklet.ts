// The AudioWorklet module. Vite builds it as its own same-origin file (soundscape.ts imports
// it with `?worker&url`), so the CSP's `script-src 'self'` allows it and the service worker
// precaches it with the app. A Blob or data: URL would break both.
import { Random } from './dsp/random';
import { soundscapeGain } from './soundscapes/loudness';
import { soundscapeDsp } from './soundscapes/registry';
import type { SoundscapeDsp } from './soundscapes/soundscape-dsp';
import {
  SOUNDSCAPE_PROCESSOR,
  type MixLayerSpec,
  type SoundscapeMessage,
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

interface Layer {
  dsp: SoundscapeDsp;
  /** The soundscape's loudness calibration: every gain the page sends is scaled by it. */
  calibration: number;
  gain: number;
  target: number;
  /** Gain change per sample while gliding to `target`. */
  step: number;
  /** Context time at which the layer starts fading out for good. */
  removeAt: number;
  removeSeconds: number;
  removing: boolean;
}

/**
 * Every built-in layer of a mix, each generated continuously (nothing loops, so nothing
 * repeats and there is no seam to click) and summed with its own gliding gain. One node for
 * the whole mix: each AudioWorkletNode costs every render quantum, whatever it computes.
 */
class SoundscapeProcessor extends AudioWorkletProcessor {
  readonly #layers = new Map<string, Layer>();
  #left = new Float32Array(128);
  #right = new Float32Array(128);
  #outLeft: Float32Array = new Float32Array(128);
  #outRight: Float32Array = new Float32Array(128);
  #endAt = Infinity;

  constructor(options: { processorOptions: SoundscapeProcessorOptions }) {
    super(options);
    for (const layer of options.processorOptions.layers) this.#add(layer, 0);
    this.port.onmessage = (event: MessageEvent<SoundscapeMessage>) => this.#receive(event.data);
  }

  #add(spec: MixLayerSpec, fadeSeconds: number): void {
    // Folded into the gains rather than applied per sample: it costs nothing while playing.
    const calibration = soundscapeGain(spec.id);
    const gain = spec.gain * calibration;
    const layer: Layer = {
      dsp: soundscapeDsp[spec.id](sampleRate, new Random(spec.seed)),
      calibration,
      gain: fadeSeconds > 0 ? 0 : gain,
      target: gain,
      step: 0,
      removeAt: Infinity,
      removeSeconds: 0,
      removing: false,
    };
    this.#layers.set(spec.key, layer);
    if (fadeSeconds > 0) this.#glide(layer, gain, fadeSeconds);
  }

  #glide(layer: Layer, target: number, seconds: number): void {
    layer.target = target;
    const samples = Math.max(1, seconds * sampleRate);
    layer.step = (target - layer.gain) / samples;
  }

  #receive(message: SoundscapeMessage): void {
    if (message.type === 'add') {
      this.#add(message.layer, message.fadeSeconds);
      return;
    }
    if (message.type === 'end') {
      this.#endAt = message.at;
      return;
    }
    const layer = this.#layers.get(message.key);
    if (!layer || layer.removing) return;
    if (message.type === 'gain')
      this.#glide(layer, message.gain * layer.calibration, message.seconds);
    else {
      layer.removeAt = message.at;
      layer.removeSeconds = message.seconds;
    }
  }

  process(_inputs: Float32Array[][], outputs: Float32Array[][]): boolean {
    // Returning false ends the node for good: no more work, and it can be collected.
    if (currentTime >= this.#endAt) return false;
    const [outLeft, outRight] = outputs[0];
    const frames = outLeft.length;
    if (this.#left.length !== frames) {
      this.#left = new Float32Array(frames);
      this.#right = new Float32Array(frames);
    }
    outLeft.fill(0);
    outRight.fill(0);
    this.#outLeft = outLeft;
    this.#outRight = outRight;
    // forEach with a bound method: no entry arrays or closures made per quantum, so the
    // garbage collector has nothing to do on the audio thread.
    this.#layers.forEach(this.#mixLayer);
    return true;
  }

  readonly #mixLayer = (layer: Layer, key: string): void => {
    const left = this.#left,
      right = this.#right,
      outLeft = this.#outLeft,
      outRight = this.#outRight;
    const frames = outLeft.length;
    if (!layer.removing && currentTime >= layer.removeAt) {
      layer.removing = true;
      this.#glide(layer, 0, layer.removeSeconds);
    }
    if (layer.removing && layer.gain === 0) {
      this.#layers.delete(key);
      return;
    }
    layer.dsp.render(left, right);
    const { gain, step, target } = layer;
    if (step === 0) {
      for (let i = 0; i < frames; i++) {
        outLeft[i] += left[i] * gain;
        outRight[i] += right[i] * gain;
      }
      return;
    }
    let gliding = gain;
    for (let i = 0; i < frames; i++) {
      gliding += step;
      if ((step > 0 && gliding > target) || (step < 0 && gliding < target)) gliding = target;
      outLeft[i] += left[i] * gliding;
      outRight[i] += right[i] * gliding;
    }
    layer.gain = gliding;
    if (gliding === target) layer.step = 0;
  };
}

registerProcessor(SOUNDSCAPE_PROCESSOR, SoundscapeProcessor);
