/** A soft cue tone: a few sine partials under one smooth envelope. */
export interface ToneShape {
  /** Fundamental frequency (Hz) at the start. */
  frequency: number;
  /** Frequency ratio reached by the end of the hold: above 1 rises, below falls. */
  glide?: number;
  /** Overtones as [ratio to the fundamental, relative level]; the fundamental is [1, 1]. */
  partials?: readonly (readonly [number, number])[];
  attackS: number;
  holdS: number;
  releaseS: number;
}

/** A tone that is scheduled or sounding. `stop()` fades it out in a few ms (never a click). */
export interface ToneHandle {
  /** When the tone is over (context time, s). */
  readonly endsAt: number;
  stop(): void;
}

/** The loudest a tone gets at volume 1: −10 dBFS, a cue and not an alarm. */
export const TONE_CEILING = 0.32;
const STOP_FADE_S = 0.06;
const CURVE_POINTS = 512;

/**
 * The envelope: a raised-cosine attack (zero slope at both ends), a flat hold and a
 * quarter-cosine-squared release that reaches exactly zero. No corner, so no click.
 */
export function toneEnvelope(shape: ToneShape, points = CURVE_POINTS): Float32Array {
  const total = shape.attackS + shape.holdS + shape.releaseS;
  const curve = new Float32Array(points);
  for (let i = 0; i < points; i += 1) {
    const t = (i / (points - 1)) * total;
    if (t < shape.attackS) curve[i] = 0.5 - 0.5 * Math.cos((Math.PI * t) / shape.attackS);
    else if (t < shape.attackS + shape.holdS) curve[i] = 1;
    else {
      const x = Math.min(1, (t - shape.attackS - shape.holdS) / shape.releaseS);
      curve[i] = Math.cos((Math.PI / 2) * x) ** 2;
    }
  }
  curve[points - 1] = 0;
  return curve;
}

/**
 * Builds one tone in `context` (an AudioContext to play, an OfflineAudioContext to test),
 * starting at context time `at`, at `volume` (0 to 1) of the ceiling.
 */
export function playTone(
  context: BaseAudioContext,
  destination: AudioNode,
  shape: ToneShape,
  { at = context.currentTime, volume = 1 }: { at?: number; volume?: number } = {},
): ToneHandle {
  const partials = shape.partials ?? [[1, 1]];
  const levelSum = partials.reduce((sum, [, level]) => sum + level, 0);
  const duration = shape.attackS + shape.holdS + shape.releaseS;
  const endsAt = at + duration;

  const envelope = new GainNode(context, { gain: 0 });
  // A separate fader lets stop() fade from wherever the envelope is, without cancelling its
  // curve (cancelAndHoldAtTime is missing in Firefox).
  const fader = new GainNode(context, { gain: 1 });
  envelope.connect(fader).connect(destination);
  envelope.gain.setValueCurveAtTime(toneEnvelope(shape), at, duration);

  const oscillators = partials.map(([ratio, level]) => {
    const oscillator = new OscillatorNode(context, { frequency: shape.frequency * ratio });
    const mix = new GainNode(context, {
      gain: (TONE_CEILING * Math.min(1, Math.max(0, volume)) * level) / levelSum,
    });
    if (shape.glide && shape.glide !== 1) {
      oscillator.frequency.setValueAtTime(shape.frequency * ratio, at);
      oscillator.frequency.exponentialRampToValueAtTime(
        shape.frequency * ratio * shape.glide,
        at + shape.attackS + shape.holdS,
      );
    }
    oscillator.connect(mix).connect(envelope);
    oscillator.start(at);
    oscillator.stop(endsAt + 0.02);
    return oscillator;
  });

  let stopped = false;
  return {
    endsAt,
    stop() {
      if (stopped) return;
      stopped = true;
      const now = context.currentTime;
      if (now >= endsAt) return;
      if (now < at) {
        // Not started yet: it never sounds.
        oscillators.forEach((oscillator) => oscillator.stop(now));
        return;
      }
      fader.gain.setValueAtTime(1, now);
      fader.gain.linearRampToValueAtTime(0, now + STOP_FADE_S);
      oscillators.forEach((oscillator) => oscillator.stop(now + STOP_FADE_S + 0.01));
    },
  };
}
