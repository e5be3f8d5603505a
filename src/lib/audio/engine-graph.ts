import type { Clock } from '../time/clock';
import { LayerSet, type EngineLayer } from './layer-set';
import { createOutputChain, volumeGain, type OutputChain } from './output-chain';
import type { SleepTimer } from './sleep-fade';
import { SleepSchedule } from './sleep-schedule';

/**
 * What the engine plays through on its context: the layers, into the output chain, whose
 * sleep stage the sleep schedule fades. Built on the first play and kept. It also keeps the
 * last level measured, for the meter while the context is suspended.
 */
export class EngineGraph {
  private context: BaseAudioContext | null = null;
  private chain: OutputChain | null = null;
  private schedule: SleepSchedule | null = null;
  private layers: LayerSet | null = null;
  private lastLevel = -Infinity;

  /** `onTimerEnd` is called when the sleep timer has faded the sound out. */
  constructor(
    private readonly clock: Clock,
    private readonly onTimerEnd: () => void,
  ) {}

  /** True once the output chain is built. */
  get built(): boolean {
    return this.chain !== null;
  }

  /** How many layers are playing (or paused). */
  get layerCount(): number {
    return this.layers?.size ?? 0;
  }

  /** Builds what is not built yet on `context`, at the master volume given (a slider's 0..1). */
  build(context: BaseAudioContext, master: number): void {
    this.context = context;
    const chain = (this.chain ??= createOutputChain(context, context.destination, master));
    this.schedule ??= new SleepSchedule(context, chain.sleep.gain, this.clock, this.onTimerEnd);
    this.layers ??= new LayerSet(context, chain.input);
    chain.master.gain.value = volumeGain(master);
  }

  /** Makes the layers match `wanted`: new ones fade in, removed ones fade out. */
  applyLayers(wanted: EngineLayer[], fadeSeconds: number): void {
    this.layers?.apply(wanted, fadeSeconds);
  }

  /** Fades the sound in from silence over `seconds` (a de-click ramp when short). */
  fadeIn(seconds: number): void {
    this.chain?.fadeInTransport(seconds);
  }

  /** Glides to silence over `seconds` (pause and stop). */
  fadeOut(seconds: number): void {
    this.chain?.glideTransport(0, seconds);
  }

  /** Glides the master volume to a slider position (0..1). */
  setMaster(volume: number): void {
    if (!this.context || !this.chain) return;
    const gain = this.chain.master.gain;
    gain.cancelScheduledValues(this.context.currentTime);
    gain.setTargetAtTime(volumeGain(volume), this.context.currentTime, 0.02);
  }

  /** Sets, moves or clears the sleep timer's fade. */
  setTimer(timer: SleepTimer | null): void {
    this.schedule?.set(timer);
  }

  /** Re-checks the sleep timer against the clock. */
  verifyTimer(): void {
    this.schedule?.verify();
  }

  /** Stops the sleep timer's checks (the sound is going quiet another way). */
  cancelTimer(): void {
    this.schedule?.cancel();
  }

  /**
   * Once faded out: keeps the level of the fade's tail, undoes the timer's fade, and (when
   * stopping) ends the layers.
   */
  settle(endLayers: boolean): void {
    this.lastLevel = this.chain?.level() ?? -Infinity;
    this.schedule?.reset();
    if (endLayers) this.layers?.clear();
  }

  /** The sleep timer's end: the fade has already brought the gain to 0; the layers end. */
  end(): void {
    if (!this.chain) return;
    this.lastLevel = this.chain.level();
    this.layers?.clear();
    this.chain.glideTransport(0, 0.01);
    this.schedule?.reset();
  }

  /**
   * The output level in dBFS, read fresh while `running`; otherwise the last level measured
   * (the tail of a fade, not an assumed silence).
   */
  level(running: boolean): number {
    if (this.chain && running) this.lastLevel = this.chain.level();
    return this.lastLevel;
  }

  /** The context stopped sending anything out (an interruption): the level is silence. */
  markSilent(): void {
    this.lastLevel = -Infinity;
  }

  /** Memory held by decoded audio buffers (the built-in soundscapes hold none). */
  bufferBytes(): number {
    return this.layers?.bufferBytes() ?? 0;
  }

  /** Forgets the nodes (their context is closed). */
  release(): void {
    this.schedule?.cancel();
    this.context = null;
    this.chain = null;
    this.schedule = null;
    this.layers = null;
  }
}
