import SoundscapeRenderer from './soundscape-renderer.ts?worker';
import {
  RENDER_BLOCK,
  type OpenChunkSource,
  type RendererReply,
  type RendererRequest,
} from './chunk-messages';
import { holdParam } from './sleep-fade';
import type { MixLayerSpec } from './soundscape-ids';
import type { SoundscapeMix } from './soundscape';
import { soundscapeGain } from './soundscapes/loudness';

// The first chunk is short, so sound starts soon after Play; the rest are long, so the page
// wakes once every few seconds per layer. Three are always rendered or playing: while one
// plays, the next two (about 8 s) wait, far more than a busy page ever makes them wait. The
// long ones are asked for once every layer's first is here, so no layer's start waits on them.
const FIRST_S = 0.5;
const CHUNK_S = 4;
const AHEAD = 3;
// Time to get the first chunk into the audio thread's hands before it is due.
const LEAD_S = 0.05;
const DECLICK_S = 0.01;

interface Layer {
  gain: GainNode;
  calibration: number;
  /** The context's frame at which the layer's first frame plays, once its first chunk is here. */
  startsAt: number;
  /** Frames received and scheduled so far, back to back from `startsAt`. */
  scheduled: number;
  requested: number;
  sources: Set<AudioBufferSourceNode>;
  /** Buffers whose chunk has played, to be filled again. */
  spare: AudioBuffer[];
  /** Context time after which the layer is silent for good. */
  endsAt: number;
}

/** The app's renderer: a Worker (soundscape-renderer.ts), off the page's thread. */
export const openRendererWorker: OpenChunkSource = (onChunk, onFail) => {
  const worker = new SoundscapeRenderer();
  worker.onmessage = ({ data }: MessageEvent<RendererReply>) => onChunk(data);
  worker.addEventListener('error', onFail, { once: true });
  return {
    send: (request, transfer) => worker.postMessage(request, transfer),
    close: () => worker.terminate(),
  };
};

/**
 * Built-in soundscapes played as chunks rendered ahead by `openSource` (the app's Worker by
 * default), each layer's chunks scheduled back to back, sample-accurately, into its own gain.
 * Nothing repeats (every chunk is new material from the layer's running synthesis) and the
 * audio thread only plays buffers.
 */
export function createChunkedMix(
  context: BaseAudioContext,
  destination: AudioNode,
  openSource: OpenChunkSource = openRendererWorker,
): SoundscapeMix & { ready: Promise<void> } {
  const rate = context.sampleRate;
  const layers = new Map<string, Layer>();
  // Settled once the first chunk is scheduled, or by the renderer failing to load.
  let scheduledOne = () => undefined as void;
  let failed = () => undefined as void;
  const ready = new Promise<void>((resolve, reject) => {
    scheduledOne = resolve;
    failed = () => reject(new Error('No soundscape renderer'));
  });
  ready.catch(() => undefined);
  const renderer = openSource(
    (reply) => receive(reply),
    () => failed(),
  );
  const send = (request: RendererRequest, transfer: Transferable[] = []) =>
    renderer.send(request, transfer);

  const request = (key: string, layer: Layer) => {
    const seconds = layer.requested === 0 ? FIRST_S : CHUNK_S;
    const frames = Math.ceil((seconds * rate) / RENDER_BLOCK) * RENDER_BLOCK;
    send({ type: 'chunk', key, chunk: layer.requested, frames });
    layer.requested += 1;
  };

  const forget = (key: string, layer: Layer) => {
    if (layers.get(key) !== layer) return;
    layers.delete(key);
    layer.gain.disconnect();
    send({ type: 'close', key });
  };

  const receive = (data: RendererReply) => {
    const layer = layers.get(data.key);
    if (!layer) return;
    // On a frame, so every chunk starts on one too: each follows the last without a sample
    // missing or played twice.
    if (layer.scheduled === 0) {
      layer.startsAt = Math.ceil((context.currentTime + LEAD_S) * rate);
      for (let chunk = 1; chunk < AHEAD; chunk++) request(data.key, layer);
    }
    const at = (layer.startsAt + layer.scheduled) / rate;
    layer.scheduled += data.left.length;
    if (at >= layer.endsAt) {
      if (layer.sources.size === 0) forget(data.key, layer);
      return;
    }
    const frames = data.left.length;
    const reused = layer.spare.findIndex((spare) => spare.length === frames);
    const buffer =
      reused < 0 ? context.createBuffer(2, frames, rate) : layer.spare.splice(reused, 1)[0];
    buffer.copyToChannel(data.left, 0);
    buffer.copyToChannel(data.right, 1);
    send({ type: 'spare', left: data.left, right: data.right }, [
      data.left.buffer,
      data.right.buffer,
    ]);
    const source = new AudioBufferSourceNode(context, { buffer });
    source.connect(layer.gain);
    source.onended = () => {
      source.disconnect();
      layer.sources.delete(source);
      // Played out: its buffer may be filled again (never while a source still reads it).
      layer.spare.push(buffer);
      if (context.currentTime < layer.endsAt) request(data.key, layer);
      else if (layer.sources.size === 0) forget(data.key, layer);
    };
    layer.sources.add(source);
    source.start(at);
    scheduledOne();
    if (Number.isFinite(layer.endsAt)) source.stop(Math.max(at, layer.endsAt));
  };

  const end = (key: string, layer: Layer, at: number, seconds: number) => {
    holdParam(layer.gain.gain, at);
    layer.gain.gain.linearRampToValueAtTime(0, at + seconds);
    layer.endsAt = at + seconds;
    for (const source of layer.sources) source.stop(layer.endsAt);
    if (layer.sources.size === 0 && layer.scheduled > 0) forget(key, layer);
  };

  return {
    ready,

    add({ key, id, seed, gain }: MixLayerSpec, fadeSeconds: number): void {
      const calibration = soundscapeGain(id);
      const node = new GainNode(context, { gain: fadeSeconds > 0 ? 0 : gain * calibration });
      node.connect(destination);
      if (fadeSeconds > 0) {
        node.gain.setValueAtTime(0, context.currentTime);
        node.gain.linearRampToValueAtTime(gain * calibration, context.currentTime + fadeSeconds);
      }
      const layer: Layer = {
        gain: node,
        calibration,
        startsAt: 0,
        scheduled: 0,
        requested: 0,
        sources: new Set(),
        spare: [],
        endsAt: Infinity,
      };
      layers.set(key, layer);
      send({ type: 'open', key, id, seed, rate });
      request(key, layer);
    },

    setGain(key: string, gain: number, seconds: number): void {
      const layer = layers.get(key);
      if (!layer || Number.isFinite(layer.endsAt)) return;
      const now = context.currentTime;
      holdParam(layer.gain.gain, now);
      layer.gain.gain.linearRampToValueAtTime(
        gain * layer.calibration,
        now + Math.max(seconds, 1 / rate),
      );
    },

    remove(key: string, at: number, seconds = DECLICK_S): void {
      const layer = layers.get(key);
      if (layer && !Number.isFinite(layer.endsAt)) end(key, layer, at, seconds);
    },

    end(at: number): void {
      for (const [key, layer] of layers)
        if (!Number.isFinite(layer.endsAt)) end(key, layer, at, DECLICK_S);
    },

    disconnect(): void {
      for (const layer of layers.values()) layer.gain.disconnect();
      layers.clear();
      renderer.close();
    },
  };
}
