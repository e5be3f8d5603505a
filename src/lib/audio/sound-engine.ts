import { holdBusy } from '../busy';
import type { Clock } from '../time/clock';
import { timerClock } from '../time/steady-clock';
import { LayerSet, type EngineLayer } from './layer-set';
import { createOutputChain, volumeGain, type OutputChain } from './output-chain';
import { PlaybackSession, type MediaActions, type NowPlaying } from './playback-session';
import { resumeAfterInterruptions } from './interruptions';
import type { SleepTimer } from './sleep-fade';
import { SleepSchedule } from './sleep-schedule';
import { loadSoundWorklet } from './soundscape';

/** Where the engine stands. */
export type EngineState =
  'idle' | 'starting' | 'playing' | 'paused' | 'interrupted' | 'ended' | 'failed';

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

const LAYER_FADE_S = 1.5;
const PAUSE_FADE_S = 0.4;

/**
 * The sound engine: one AudioContext, the mixer, the layers, the sleep timer, the lock
 * screen and interruptions. Created once; everything audible goes through it.
 */
export function createSoundEngine({
  clock = timerClock,
  createContext = () => new AudioContext({ latencyHint: 'playback' }),
  actions,
  artwork = [],
  doc = globalThis.document,
}: EngineOptions) {
  let context: AudioContext | null = null;
  let mixer: OutputChain | null = null;
  let schedule: SleepSchedule | null = null;
  let state: EngineState = 'idle';
  let timer: SleepTimer | null = null;
  let releaseBusy: (() => void) | null = null;
  let lastLevel = -Infinity;
  let generation = 0;
  let layers: LayerSet | null = null;
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

  /** Follows the context: interruptions, and the sleep timer when the page is shown again. */
  const watch = (created: AudioContext) => {
    const stopInterruptions = resumeAfterInterruptions(
      created,
      () => state === 'playing' || state === 'interrupted',
      (contextState) => {
        if (state === 'playing' && contextState !== 'running') {
          // A suspended context sends nothing out: the meter must not keep the last level.
          lastLevel = -Infinity;
          setState('interrupted');
        } else if (state === 'interrupted' && contextState === 'running') {
          setState('playing');
          schedule?.verify();
        }
      },
      doc,
    );
    // A hidden page's timers may have slept: check the sleep timer as soon as it is shown.
    const onVisible = () => {
      if (doc.visibilityState === 'visible') schedule?.verify();
    };
    doc.addEventListener('visibilitychange', onVisible);
    return () => {
      stopInterruptions();
      doc.removeEventListener('visibilitychange', onVisible);
    };
  };

  const ensureContext = (): AudioContext => {
    if (context) return context;
    const created = createContext();
    context = created;
    stopWatching = watch(created);
    return created;
  };

  /** Falls silent (quickly, without a click), then suspends the context to save battery. */
  const quiet = (then: EngineState, seconds: number) => {
    const mine = ++generation;
    setState(then);
    schedule?.cancel();
    if (!context || !mixer) return;
    mixer.glideTransport(0, seconds);
    const ctx = context;
    setTimeout(
      () => {
        if (generation !== mine) return;
        lastLevel = mixer?.level() ?? -Infinity;
        schedule?.reset();
        if (then === 'idle') layers?.clear();
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
    layers?.clear();
    mixer.glideTransport(0, 0.01);
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
        layers?.apply(request.layers, LAYER_FADE_S);
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
      const resuming = state === 'paused' && (layers?.size ?? 0) > 0;
      setState('starting');
      try {
        await loadSoundWorklet(ctx);
      } catch {
        if (generation === mine) setState('failed');
        return;
      }
      if (generation !== mine) return;
      try {
        mixer ??= createOutputChain(ctx, ctx.destination, request.master);
        schedule ??= new SleepSchedule(ctx, mixer.sleep.gain, clock, finish);
        layers ??= new LayerSet(ctx, mixer.input);
        mixer.master.gain.value = volumeGain(request.master);
        layers.apply(request.layers, resuming ? LAYER_FADE_S : 0);
        mixer.fadeInTransport(request.fadeInSeconds);
      } catch {
        // The worklet loaded but its processor is missing (a broken module): say so, quietly.
        session.stop();
        setState('failed');
        return;
      }
      await ctx.resume().catch(() => undefined);
      if (generation !== mine) return;
      setState(ctx.state === 'running' ? 'playing' : 'interrupted');
      timer = request.timer;
      schedule.set(timer);
    },

    /** Changes the layers while playing: new ones fade in, removed ones fade out. */
    setLayers(wanted: EngineLayer[]): void {
      if (state === 'playing' || state === 'starting' || state === 'interrupted')
        layers?.apply(wanted, LAYER_FADE_S);
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
    bufferBytes: () => layers?.bufferBytes() ?? 0,

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
      layers = null;
    },
  };
}

/** The sound engine's interface. */
export type SoundEngine = ReturnType<typeof createSoundEngine>;
