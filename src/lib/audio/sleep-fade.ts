/**
 * A sleep timer in wall-clock time: sound ends at `endsAt` (ms since the epoch), fading over
 * the `fadeMs` before it. Wall time, so the end stays fixed whatever happens to the page or
 * the audio clock (a suspension, a reload of the schedule, "+15 min").
 */
export interface SleepTimer {
  endsAt: number;
  fadeMs: number;
}

// Loudness halves for every 10 dB (Stevens), so gain = (1 - p)^(log2(10) / 2) makes the
// heard loudness fall evenly through the fade, and reach exactly 0 at its end.
const FADE_EXPONENT = Math.log2(10) / 2;

/** The gain at `progress` (0..1) through a fade-out: 1 at the start, exactly 0 at the end. */
export function fadeOutGain(progress: number): number {
  const remaining = 1 - Math.min(1, Math.max(0, progress));
  return Math.pow(remaining, FADE_EXPONENT);
}

/** How far the fade has gone at wall time `now`: 0 before it starts, 1 from its end on. */
export function fadeProgress(timer: SleepTimer, now: number): number {
  if (timer.fadeMs <= 0) return now >= timer.endsAt ? 1 : 0;
  return Math.min(1, Math.max(0, (now - (timer.endsAt - timer.fadeMs)) / timer.fadeMs));
}

/** The gain curve from `from` to the end of a fade-out, `points` values long. */
export function fadeOutCurve(from: number, points: number): Float32Array {
  return Float32Array.from({ length: points }, (_, i) =>
    fadeOutGain(from + ((1 - from) * i) / (points - 1)),
  );
}

/** The gain curve of a fade-in (the fade-out, mirrored), `points` values long. */
export function fadeInCurve(points: number): Float32Array {
  return Float32Array.from({ length: points }, (_, i) => fadeOutGain(1 - i / (points - 1)));
}

/** One moment seen on both clocks: lets a wall time be placed on the audio clock. */
export interface ClockAnchor {
  /** Wall time, ms since the epoch. */
  wall: number;
  /** AudioContext time, s. */
  context: number;
}

/** The context time at which wall time `wallMs` falls. */
export function contextTimeOf(wallMs: number, anchor: ClockAnchor): number {
  return anchor.context + (wallMs - anchor.wall) / 1000;
}

/**
 * Stops whatever `param` was doing at context time `at` and keeps its value there, without
 * a jump. Firefox lacks cancelAndHoldAtTime: there, the value last rendered is set instead.
 */
export function holdParam(param: AudioParam, at: number): void {
  if (typeof param.cancelAndHoldAtTime === 'function') {
    param.cancelAndHoldAtTime(at);
    return;
  }
  const value = param.value;
  param.cancelScheduledValues(at);
  param.setValueAtTime(value, at);
}

// Curve points per second of fade: fine enough that straight segments between them are
// inaudible, few enough that a 30-minute fade stays a small array.
const POINTS_PER_SECOND = 2;
// A short glide when the plan changes under a sounding gain (a resync or "+15 min").
const GLIDE_S = 0.5;

/**
 * Schedules a sleep timer's fade on `param` (a gain that is 1 outside the fade), from
 * context time `anchor.context` on, against the timer's fixed end. Called again whenever the
 * plan or the clock mapping changes; it picks up from the gain as it is. Returns the context
 * time at which the gain reaches 0.
 */
export function scheduleSleepFade(
  param: AudioParam,
  timer: SleepTimer,
  anchor: ClockAnchor,
): number {
  const now = anchor.context;
  const end = contextTimeOf(timer.endsAt, anchor);
  const fadeStart = end - timer.fadeMs / 1000;
  holdParam(param, now);
  if (end <= now + GLIDE_S) {
    // The end has already come (the page slept past it): fade out now, briefly.
    param.linearRampToValueAtTime(0, now + GLIDE_S);
    return now + GLIDE_S;
  }
  if (fadeStart >= now + GLIDE_S) {
    // Before the fade: back to full (after "+15 min" mid-fade), then the whole fade.
    param.linearRampToValueAtTime(1, Math.min(now + 3, fadeStart - 0.01));
    const points = Math.max(
      32,
      Math.min(4096, Math.ceil((timer.fadeMs / 1000) * POINTS_PER_SECOND)),
    );
    param.setValueCurveAtTime(fadeOutCurve(0, points), fadeStart, timer.fadeMs / 1000);
    return end;
  }
  // Inside the fade: glide from the gain as it is onto the curve, then follow it to the end.
  const start = now + 0.01;
  const progress = fadeProgress(timer, timer.endsAt - (end - start) * 1000);
  const seconds = end - start;
  const points = Math.max(16, Math.min(4096, Math.ceil(seconds * POINTS_PER_SECOND)));
  const curve = fadeOutCurve(progress, points);
  curve[0] = param.value;
  param.setValueCurveAtTime(curve, start, seconds);
  return end;
}
