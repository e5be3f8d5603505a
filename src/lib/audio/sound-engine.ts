import { holdBusy } from '../busy';
import { systemClock, type Clock } from '../time/clock';
import { soundscapeBuilders } from './builders';
import { buildLoop, type Loudness } from './loop-buffer';
import { createMixer, volumeGain, type Mixer } from './mixer';
import { PlaybackSession, type MediaActions, type NowPlaying } from './playback-session';
import { resumeAfterInterruptions } from './interruptions';
import { fadeInCurve, holdParam, type SleepTimer } from './sleep-fade';
import { SleepSchedule } from './sleep-schedule';
import { loadSoundWorklet, type SoundscapeHandle } from './soundscape';
import type { SoundscapeId } from './soundscape-ids';

/** Where the engine stands. */
export type EngineState =
  'idle' | 'starting' | 'playing' | 'paused' | 'interrupted' | 'ended' | 'failed';

/** A decoded sound of the person's own, ready to loop. */
export interface DecodedSound {
  buffer: AudioBuffer;
  loudness: Loudness;
}

/** What a layer plays: a built-in soundscape, or a decoded sound. */
export type LayerSource =
  | { kind: 'soundscape'; id: SoundscapeId }
  | { kind: 'sound'; load: (context: BaseAudioContext) => Promise<DecodedSound> };

/** One layer of the mix: `volume` is the slider's position, 0..1. */
export interface EngineLayer {
  key: string;
  volume: number;
  source: LayerSource;
}

/** Everything `play` needs. */
export interface PlayRequest {
  layers: EngineLayer[];
  master: number;
  fadeInSeconds: number;
  timer: SleepTimer | null;
  nowPlaying: NowPlaying;
}

/** The engine's surroundings; tests pass their own. */
export interface EngineOptions {
  clock?: Clock;
  createContext?: () => AudioContext;
  /** The system's media keys and lock-screen controls. */
  actions: MediaActions;
  artwork?: MediaImage[];
  doc?: Document;
}

interface Layer {
  handle: SoundscapeHandle | null;
  volume: number;
  source: LayerSource;
  bytes: number;
}

const LAYER_FADE_S = 1.5;
const PAUSE_FADE_S = 0.4;
const DECLICK_S = 0.05;

/**
 * The sound engine: one AudioContext, the mixer, the layers, the sleep timer, the lock
 * screen and interruptions. Created once; everything audible goes through it.
 */
export function createSoundEngine({
  clock = systemClock,
  createContext = () => new AudioContext({ latencyHint: 'playback' }),
  actions,
  artwork = [],
  doc = globalThis.document,
}: EngineOptions) {
  let context: AudioContext | null = null;
  let mixer: Mixer | null = null;
  let schedule: SleepSchedule | null = null;
  let state: EngineState = 'idle';
  let timer: SleepTimer | null = null;
  let releaseBusy: (() => void) | null = null;
  let lastLevel = -Infinity;
  let generation = 0;
  const layers = new Map<string, Layer>();
  const listeners = new Set<(state: EngineState) => void>();
  const session = new PlaybackSession(actions);
  let stopWatching: (() => void) | null = null;

  const setState = (next: EngineState) => {
    if (next === state) return;
    state = next;
    const audible = next === 'starting' || next === 'playing' || next === 'interrupted';
    if (audible && !releaseBusy) releaseBusy = holdBusy('sounds');
    if (!audible && releaseBusy) {
      releaseBusy();
      releaseBusy = null;
    }
    listeners.forEach((listener) => listener(next));
  };

  const ensureContext = (): AudioContext => {
    if (context) return context;
    const created = createContext();
    context = created;
    stopWatching = resumeAfterInterruptions(
      created,
      () => state === 'playing' || state === 'interrupted',
      (contextState) => {
        if (state === 'playing' && contextState !== 'running') setState('interrupted');
        else if (state === 'interrupted' && contextState === 'running') {
          setState('playing');
          schedule?.verify();
        }
      },
      doc,
    );
    return created;
  };

  const retire = (key: string, seconds: number) => {
    const layer = layers.get(key);
    layers.delete(key);
    if (!layer?.handle || !context) return;
    const handle = layer.handle;
    handle.setVolume(0, seconds);
    handle.stop(context.currentTime + seconds);
    setTimeout(() => handle.disconnect(), seconds * 1000 + 500);
  };

  const start = (key: string, layer: Layer, fadeSeconds: number) => {
    const ctx = context;
    const bus = mixer?.input;
    if (!ctx || !bus) return;
    const target = volumeGain(layer.volume);
    const initial = fadeSeconds > 0 ? 0 : target;
    const seed = Math.floor(Math.random() * 2 ** 31);
    if (layer.source.kind === 'soundscape') {
      layer.handle = soundscapeBuilders[layer.source.id](ctx, bus, { volume: initial, seed });
      if (fadeSeconds > 0) layer.handle.setVolume(target, fadeSeconds);
      return;
    }
    void layer.source.load(ctx).then(
      (sound) => {
        if (layers.get(key) !== layer) return;
        layer.handle = buildLoop(ctx, bus, { ...sound, volume: 0 });
        layer.handle.setVolume(volumeGain(layer.volume), fadeSeconds || DECLICK_S);
        layer.bytes = sound.buffer.length * sound.buffer.numberOfChannels * 4;
      },
      () => layers.delete(key),
    );
  };

  const applyLayers = (wanted: EngineLayer[], fadeSeconds: number) => {
    const keys = new Set(wanted.map((layer) => layer.key));
    for (const key of [...layers.keys()]) if (!keys.has(key)) retire(key, fadeSeconds || 1);
    for (const { key, volume, source } of wanted) {
      const existing = layers.get(key);
      if (existing) {
        if (existing.volume !== volume) existing.handle?.setVolume(volumeGain(volume));
        existing.volume = volume;
        continue;
      }
      const layer: Layer = { handle: null, volume, source, bytes: 0 };
      layers.set(key, layer);
      start(key, layer, fadeSeconds);
    }
  };

  const transportTo = (value: number, seconds: number) => {
    if (!context || !mixer) return;
    const now = context.currentTime;
    holdParam(mixer.transport.gain, now);
    mixer.transport.gain.linearRampToValueAtTime(value, now + seconds);
  };

  const fadeIn = (seconds: number) => {
    if (!context || !mixer) return;
    const now = context.currentTime;
    const gain = mixer.transport.gain;
    holdParam(gain, now);
    gain.setValueAtTime(0, now + 0.01);
    if (seconds <= DECLICK_S) gain.linearRampToValueAtTime(1, now + 0.01 + DECLICK_S);
    else gain.setValueCurveAtTime(fadeInCurve(Math.ceil(seconds * 4) + 2), now + 0.02, seconds);
  };

  /** Falls silent (quickly, without a click), then suspends the context to save battery. */
  const quiet = (then: EngineState, seconds: number) => {
    const mine = ++generation;
    setState(then);
    schedule?.cancel();
    if (!context || !mixer) return;
    transportTo(0, seconds);
    const ctx = context;
    setTimeout(
      () => {
        if (generation !== mine) return;
        lastLevel = mixer?.level() ?? -Infinity;
        schedule?.reset();
        if (then === 'idle') for (const key of [...layers.keys()]) retire(key, DECLICK_S);
        void ctx.suspend().catch(() => undefined);
      },
      seconds * 1000 + 80,
    );
  };

  /** The sleep timer's end: the fade has already brought the gain to 0. */
  const finish = () => {
    if (!context || !mixer) return;
    generation++;
    lastLevel = mixer.level();
    for (const key of [...layers.keys()]) retire(key, DECLICK_S);
    const now = context.currentTime;
    holdParam(mixer.transport.gain, now);
    mixer.transport.gain.setValueAtTime(0, now + 0.01);
    schedule?.reset();
    timer = null;
    session.stop();
    setState('ended');
    const ctx = context;
    setTimeout(() => void ctx.suspend().catch(() => undefined), 100);
  };

  return {
    /** Starts (or resumes) the mix. Call it from the person's tap: browsers require that. */
    async play(request: PlayRequest): Promise<void> {
      if (state === 'playing') {
        applyLayers(request.layers, LAYER_FADE_S);
        timer = request.timer;
        schedule?.set(timer);
        return;
      }
      const mine = ++generation;
      let ctx: AudioContext;
      try {
        ctx = ensureContext();
      } catch {
        // No Web Audio here at all.
        setState('failed');
        return;
      }
      void ctx.resume().catch(() => undefined);
      session.start(request.nowPlaying, artwork);
      const resuming = state === 'paused' && layers.size > 0;
      setState('starting');
      try {
        await loadSoundWorklet(ctx);
      } catch {
        if (generation === mine) setState('failed');
        return;
      }
      if (generation !== mine) return;
      mixer ??= createMixer(ctx, ctx.destination, request.master);
      schedule ??= new SleepSchedule(ctx, mixer.sleep.gain, clock, finish);
      mixer.master.gain.value = volumeGain(request.master);
      applyLayers(request.layers, resuming ? LAYER_FADE_S : 0);
      fadeIn(request.fadeInSeconds);
      await ctx.resume().catch(() => undefined);
      if (generation !== mine) return;
      setState(ctx.state === 'running' ? 'playing' : 'interrupted');
      timer = request.timer;
      schedule.set(timer);
    },

    /** Changes the layers while playing: new ones fade in, removed ones fade out. */
    setLayers(wanted: EngineLayer[]): void {
      if (!mixer || (state !== 'playing' && state !== 'starting' && state !== 'interrupted'))
        return;
      applyLayers(wanted, LAYER_FADE_S);
    },

    /** Changes the master volume (a slider position, 0..1). */
    setMaster(volume: number): void {
      if (!context || !mixer) return;
      const gain = mixer.master.gain;
      gain.cancelScheduledValues(context.currentTime);
      gain.setTargetAtTime(volumeGain(volume), context.currentTime, 0.02);
    },

    /** Sets, moves ("+15 min") or clears the sleep timer while playing. */
    setTimer(next: SleepTimer | null): void {
      timer = next;
      if (state === 'playing' || state === 'interrupted') schedule?.set(next);
    },

    /** The timer the engine is running to, if any. */
    timer: () => timer,

    /** Pauses: a short fade, then the context is suspended. Resume with `play`. */
    pause(): void {
      if (state === 'playing' || state === 'starting' || state === 'interrupted') {
        session.pause();
        timer = null;
        quiet('paused', PAUSE_FADE_S);
      }
    },

    /** Stops: a short fade, the layers end, the context is suspended. */
    stop(): void {
      if (state === 'idle') return;
      session.stop();
      timer = null;
      quiet('idle', PAUSE_FADE_S);
    },

    /**
     * The output level now, in dBFS, read from the analyser on the output. Once the context
     * is suspended, the last level it measured: the tail of the fade, not an assumed silence.
     */
    level(): number {
      if (mixer && context?.state === 'running') lastLevel = mixer.level();
      return lastLevel;
    },

    state: () => state,

    /** Memory held by decoded audio buffers (the built-in soundscapes hold none). */
    bufferBytes: () => [...layers.values()].reduce((sum, layer) => sum + layer.bytes, 0),

    /** Updates the lock screen's title. */
    describe(nowPlaying: NowPlaying): void {
      if (state !== 'idle') session.describe(nowPlaying, artwork);
    },

    /** Re-checks the sleep timer against the wall clock (on visibility changes and such). */
    verifyTimer(): void {
      schedule?.verify();
    },

    /** Decodes a file's bytes with the playing context (or a short-lived offline one). */
    async decode(data: ArrayBuffer): Promise<AudioBuffer> {
      const decoder = context ?? new OfflineAudioContext(2, 1, 48_000);
      return decoder.decodeAudioData(data);
    },

    subscribe(listener: (state: EngineState) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async dispose(): Promise<void> {
      generation++;
      schedule?.cancel();
      session.dispose();
      stopWatching?.();
      releaseBusy?.();
      releaseBusy = null;
      listeners.clear();
      await context?.close().catch(() => undefined);
      context = null;
      mixer = null;
    },
  };
}

/** The sound engine's interface. */
export type SoundEngine = ReturnType<typeof createSoundEngine>;
