import type { Clock } from '../time/clock';
import { createChunkedMix } from './chunked-mix';
import { createLayerSet, type EngineLayer, type LayerSet } from './layer-set';
import { createOutputChain, volumeGain, type OutputChain } from './output-chain';
import type { SleepTimer } from './sleep-fade';
import { createSleepSchedule, type SleepSchedule } from './sleep-schedule';

/**
 * What the engine plays through on its context: the layers, into the output chain, whose
 * sleep stage the sleep schedule fades (`onTimerEnd` once it has faded out). Built on the
 * first play and kept. It also keeps the last level measured, for the meter while the
 * context is suspended.
 */
export function createEngineGraph(clock: Clock, onTimerEnd: () => void) {
  let context: BaseAudioContext | null = null;
  let chain: OutputChain | null = null;
  let schedule: SleepSchedule | null = null;
  let layers: LayerSet | null = null;
  let lastLevel = -Infinity;
  let metering = true;

  return {
    /** True once the output chain is built. */
    built: () => chain !== null,
    /** How many layers are playing (or paused). */
    layerCount: () => layers?.size() ?? 0,

    /** Builds what is not built yet on `target`, at the master volume given (0..1). */
    build(target: BaseAudioContext, master: number): void {
      context = target;
      const built = (chain ??= createOutputChain(target, target.destination, master));
      built.setMetering(metering);
      schedule ??= createSleepSchedule(target, built.sleep.gain, clock, onTimerEnd);
      // Rendered ahead in a Worker: no AudioWorklet on the audio thread (chunked-mix.ts).
      layers ??= createLayerSet(target, built.input, createChunkedMix);
      built.master.gain.value = volumeGain(master);
    },

    /** Makes the layers match `wanted`: new ones fade in, removed ones fade out. */
    applyLayers(wanted: EngineLayer[], fadeSeconds: number): void {
      layers?.apply(wanted, fadeSeconds);
    },

    /** Resolves once the soundscapes render (their Worker loaded); rejects if it cannot. */
    ready: (): Promise<void> => layers?.ready() ?? Promise.resolve(),

    /** Fades the sound in from silence over `seconds` (a de-click ramp when short). */
    fadeIn(seconds: number): void {
      chain?.fadeInTransport(seconds);
    },

    /** Glides to silence over `seconds` (pause and stop). */
    fadeOut(seconds: number): void {
      chain?.glideTransport(0, seconds);
    },

    /** Glides the master volume to a slider position (0..1). */
    setMaster(volume: number): void {
      if (!context || !chain) return;
      const gain = chain.master.gain;
      gain.cancelScheduledValues(context.currentTime);
      gain.setTargetAtTime(volumeGain(volume), context.currentTime, 0.02);
    },

    /** Sets, moves or clears the sleep timer's fade. */
    setTimer(timer: SleepTimer | null): void {
      schedule?.set(timer);
    },

    /** Re-checks the sleep timer against the clock. */
    verifyTimer(): void {
      schedule?.verify();
    },

    /** Stops the sleep timer's checks (the sound is going quiet another way). */
    cancelTimer(): void {
      schedule?.cancel();
    },

    /**
     * Once faded out: keeps the level of the fade's tail, undoes the timer's fade, and (when
     * stopping) ends the layers.
     */
    settle(endLayers: boolean): void {
      lastLevel = chain?.level() ?? -Infinity;
      schedule?.reset();
      if (endLayers) layers?.clear();
    },

    /** The sleep timer's end: the fade has already brought the gain to 0; the layers end. */
    end(): void {
      if (!chain) return;
      lastLevel = chain.level();
      layers?.clear();
      chain.glideTransport(0, 0.01);
      schedule?.reset();
    },

    /**
     * The output level in dBFS, read fresh while `running` and metered; otherwise the last
     * level measured (the tail of a fade, or the sound before the page was hidden).
     */
    level(running: boolean): number {
      if (chain && running && chain.metered()) lastLevel = chain.level();
      return lastLevel;
    },

    /** Meters the output (the page is shown) or not (hidden: nobody sees the meter). */
    setMetering(on: boolean): void {
      metering = on;
      chain?.setMetering(on);
    },

    /** The context stopped sending anything out (an interruption): the level is silence. */
    markSilent(): void {
      lastLevel = -Infinity;
    },

    /** Memory held by decoded audio buffers (the built-in soundscapes hold none). */
    bufferBytes: () => layers?.bufferBytes() ?? 0,

    /** Forgets the nodes (their context is closed). */
    release(): void {
      schedule?.cancel();
      layers?.dispose();
      context = chain = schedule = layers = null;
    },
  };
}

/** The engine's audio graph. */
export type EngineGraph = ReturnType<typeof createEngineGraph>;
