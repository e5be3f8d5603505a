import { fadeInCurve, holdParam } from './sleep-fade';

/** Fade-ins shorter than this are a plain de-click ramp. */
const DECLICK_S = 0.05;

/** The loudest a single sample may get before the safety curve starts to round it off. */
const KNEE = 0.8;
const CURVE_POINTS = 4097;

/** A slider position (0..1) as a gain: squared, so equal steps sound like equal steps. */
export function volumeGain(volume: number): number {
  const clamped = Math.min(1, Math.max(0, volume));
  return clamped * clamped;
}

/**
 * The safety curve for inputs between -2 and 2 (the shaper sees them halved): untouched up
 * to ±0.8, then rounded off smoothly towards ±1, so a mix turned all the way up never
 * clips harshly. At ordinary levels it does nothing at all.
 */
export function safetyCurve(): Float32Array {
  return Float32Array.from({ length: CURVE_POINTS }, (_, i) => {
    const input = (4 * i) / (CURVE_POINTS - 1) - 2;
    const size = Math.abs(input);
    if (size <= KNEE) return input;
    const over = (size - KNEE) / (1 - KNEE);
    return Math.sign(input) * (KNEE + (1 - KNEE) * Math.tanh(over));
  });
}

/**
 * The output chain every layer plays into: master (the person's volume) → sleep (the timer's
 * fade) → transport (fade-in, pause, stop) → safety curve → speakers, with an analyser on the
 * side for the level meter. Each stage is one gain, so fades of different kinds never fight
 * over one AudioParam.
 */
export interface OutputChain {
  /** Where layers connect. */
  readonly input: AudioNode;
  readonly master: GainNode;
  readonly sleep: GainNode;
  readonly transport: GainNode;
  readonly analyser: AnalyserNode;
  /** The output's RMS level in dBFS right now (-Infinity for digital silence). */
  level(): number;
  /**
   * Attaches the analyser (true) or takes it out of the graph (false), so the audio thread
   * does no metering while nobody can see the meter. It starts attached.
   */
  setMetering(on: boolean): void;
  /** Whether `level` measures the sound now: attached, and long enough to fill the analyser. */
  metered(): boolean;
  /** Glides the transport gain from where it is to `value` over `seconds`. */
  glideTransport(value: number, seconds: number): void;
  /** Fades the transport in from silence, loudness rising evenly over `seconds`. */
  fadeInTransport(seconds: number): void;
  disconnect(): void;
}

/** Builds the output chain into `destination`. */
export function createOutputChain(
  context: BaseAudioContext,
  destination: AudioNode = context.destination,
  master = 1,
): OutputChain {
  const bus = new GainNode(context, { gain: volumeGain(master) });
  const sleep = new GainNode(context, { gain: 1 });
  const transport = new GainNode(context, { gain: 0 });
  const halve = new GainNode(context, { gain: 0.5 });
  const safety = new WaveShaperNode(context, { curve: safetyCurve(), oversample: 'none' });
  const analyser = new AnalyserNode(context, { fftSize: 2048, smoothingTimeConstant: 0 });
  bus.connect(sleep).connect(transport).connect(halve).connect(safety).connect(destination);
  safety.connect(analyser);
  let metering = true;
  // Once re-attached, the analyser holds silence until a whole window of sound has passed
  // through it (plus a render quantum of up to 2048 frames): until then it would read quiet.
  let freshAt = 0;
  const samples = new Float32Array(analyser.fftSize);
  return {
    input: bus,
    master: bus,
    sleep,
    transport,
    analyser,
    glideTransport(value, seconds) {
      const now = context.currentTime;
      holdParam(transport.gain, now);
      transport.gain.linearRampToValueAtTime(value, now + seconds);
    },
    fadeInTransport(seconds) {
      const now = context.currentTime;
      const gain = transport.gain;
      holdParam(gain, now);
      gain.setValueAtTime(0, now + 0.01);
      if (seconds <= DECLICK_S) gain.linearRampToValueAtTime(1, now + 0.01 + DECLICK_S);
      else gain.setValueCurveAtTime(fadeInCurve(Math.ceil(seconds * 4) + 2), now + 0.02, seconds);
    },
    level() {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const sample of samples) sum += sample * sample;
      return 10 * Math.log10(sum / samples.length);
    },
    setMetering(on) {
      if (on === metering) return;
      metering = on;
      if (on) safety.connect(analyser);
      else safety.disconnect(analyser);
      if (on) freshAt = context.currentTime + (analyser.fftSize + 2048) / context.sampleRate;
    },
    metered: () => metering && context.currentTime >= freshAt,
    disconnect() {
      safety.disconnect();
      bus.disconnect();
    },
  };
}
