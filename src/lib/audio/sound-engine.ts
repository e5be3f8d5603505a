import type { Clock } from '../time/clock';
import { timerClock } from '../time/steady-clock';
import { createEngineContext } from './engine-context';
import { createEngineGraph } from './engine-graph';
import { createEngineStatus, isAudible, type EngineState } from './engine-state';
import { rideOutInterruptions } from './interruptions';
import type { EngineLayer } from './layer-set';
import { createPlaybackSession, type MediaActions, type NowPlaying } from './playback-session';
import type { SleepTimer } from './sleep-fade';

export type { EngineState } from './engine-state';

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

// Render quanta of 1024 frames where the browser allows it (Chromium's renderSizeHint; others
// ignore the member): the audio thread renders the graph once a hardware buffer instead of
// eight times, for the same samples: about a sixth less CPU on that thread when the mix was an
// AudioWorklet (per-thread /proc figures during scripts/bench/sound-cpu.mjs).
const contextOptions = { latencyHint: 'playback', renderSizeHint: 1024 } as AudioContextOptions;

const LAYER_FADE_S = 1.5;
const PAUSE_FADE_S = 0.4;

// A closed (or closing) context refuses to suspend: it is silent anyway.
const suspend = (context: AudioContext) => void context.suspend().catch(() => undefined);

/**
 * The sound engine: one AudioContext (engine-context.ts), the graph on it with the sleep timer
 * (engine-graph.ts), the lock screen (playback-session.ts) and interruptions. Created once;
 * everything audible goes through it.
 */
export function createSoundEngine({
  clock = timerClock,
  createContext = () => new AudioContext(contextOptions),
  actions,
  artwork = [],
  doc = globalThis.document,
}: EngineOptions) {
  const status = createEngineStatus();
  const session = createPlaybackSession(actions, {
    // The system took the companion's audio (a call): the mix is interrupted too.
    paused() {
      const context = contexts.current();
      if (context && status.current() === 'playing') suspend(context);
    },
    // The system gave it back: so may the mix come back.
    played() {
      if (status.current() === 'interrupted')
        void contexts
          .current()
          ?.resume()
          .catch(() => 0);
    },
  });
  const graph = createEngineGraph(clock, () => finish());
  const contexts = createEngineContext(
    createContext,
    rideOutInterruptions(status, graph, session),
    doc,
  );
  let timer: SleepTimer | null = null;
  // Each play, pause or stop counts one up; a step that awaited checks it is still current.
  let generation = 0;
  // The level meter is read only while the page is shown: while it is hidden the analyser
  // leaves the graph, so the audio thread meters nothing nobody sees.
  const followVisibility = () => graph.setMetering(doc?.visibilityState !== 'hidden');
  followVisibility();
  doc?.addEventListener('visibilitychange', followVisibility);

  /** Falls silent (quickly, without a click), then suspends the context to save battery. */
  const quiet = (then: EngineState, seconds: number) => {
    const mine = ++generation;
    status.set(then);
    graph.cancelTimer();
    const context = contexts.current();
    if (!context || !graph.built()) return;
    graph.fadeOut(seconds);
    setTimeout(
      () => {
        if (generation !== mine) return;
        graph.settle(then === 'idle');
        suspend(context);
      },
      seconds * 1000 + 80,
    );
  };

  /** The sleep timer's end: the fade has already brought the gain to 0. */
  function finish() {
    const context = contexts.current();
    if (!context || !graph.built()) return;
    generation++;
    graph.end();
    timer = null;
    session.stop();
    status.set('ended');
    setTimeout(() => suspend(context), 100);
  }

  return {
    /** Starts (or resumes) the mix. Call it from the person's tap: browsers require that. */
    async play(request: PlayRequest): Promise<void> {
      if (status.current() === 'playing') {
        graph.applyLayers(request.layers, LAYER_FADE_S);
        timer = request.timer;
        graph.setTimer(timer);
        return;
      }
      const mine = ++generation;
      let context: AudioContext;
      try {
        context = contexts.open();
      } catch {
        // No Web Audio here at all.
        status.set('failed');
        return;
      }
      void context.resume().catch(() => undefined);
      session.start(request.nowPlaying, artwork, context);
      const resuming = status.current() === 'paused' && graph.layerCount() > 0;
      status.set('starting');
      try {
        graph.build(context, request.master);
        graph.applyLayers(request.layers, resuming ? LAYER_FADE_S : 0);
        graph.fadeIn(request.fadeInSeconds);
        // Playing once the soundscapes' first chunks are rendered (the Worker has loaded).
        await graph.ready();
      } catch {
        // The soundscapes' Worker could not be made or loaded (a broken build): say so, quietly.
        if (generation !== mine) return;
        session.stop();
        status.set('failed');
        return;
      }
      await context.resume().catch(() => undefined);
      if (generation !== mine) return;
      status.set(context.state === 'running' ? 'playing' : 'interrupted');
      timer = request.timer;
      graph.setTimer(timer);
    },

    /** Changes the layers while playing: new ones fade in, removed ones fade out. */
    setLayers(wanted: EngineLayer[]): void {
      if (isAudible(status.current())) graph.applyLayers(wanted, LAYER_FADE_S);
    },

    /** Changes the master volume (a slider position, 0..1). */
    setMaster: graph.setMaster,

    /** Sets, moves ("+15 min") or clears the sleep timer while playing. */
    setTimer(next: SleepTimer | null): void {
      timer = next;
      if (status.current() === 'playing' || status.current() === 'interrupted')
        graph.setTimer(next);
    },

    /** The timer the engine is running to, if any. */
    timer: () => timer,

    /** Pauses: a short fade, then the context is suspended. Resume with `play`. */
    pause(): void {
      if (isAudible(status.current())) {
        session.pause();
        timer = null;
        quiet('paused', PAUSE_FADE_S);
      }
    },

    /** Stops: a short fade, the layers end, the context is suspended. */
    stop(): void {
      if (status.current() === 'idle') return;
      session.stop();
      timer = null;
      quiet('idle', PAUSE_FADE_S);
    },

    /**
     * The output level now, in dBFS, read from the analyser on the output. Once the context
     * is suspended, the last level it measured: the tail of the fade, not an assumed silence.
     */
    level(): number {
      return graph.level(contexts.current()?.state === 'running');
    },

    state: status.current,

    /** Memory held by decoded audio buffers (the built-in soundscapes hold none). */
    bufferBytes: graph.bufferBytes,

    /** Updates the lock screen's title. */
    describe(nowPlaying: NowPlaying): void {
      if (status.current() !== 'idle') session.describe(nowPlaying, artwork);
    },

    /** Re-checks the sleep timer against the wall clock (on visibility changes and such). */
    verifyTimer: graph.verifyTimer,

    /** Decodes a file's bytes with the playing context (or a short-lived offline one). */
    async decode(data: ArrayBuffer): Promise<AudioBuffer> {
      const decoder = contexts.current() ?? new OfflineAudioContext(2, 1, 48_000);
      return decoder.decodeAudioData(data);
    },

    subscribe: status.subscribe,

    async dispose(): Promise<void> {
      generation++;
      doc?.removeEventListener('visibilitychange', followVisibility);
      graph.cancelTimer();
      session.dispose();
      status.dispose();
      await contexts.close();
      graph.release();
    },
  };
}

/** The sound engine's interface. */
export type SoundEngine = ReturnType<typeof createSoundEngine>;
