import type { Clock } from '../time/clock';
import { holdParam, scheduleSleepFade, type ClockAnchor, type SleepTimer } from './sleep-fade';

// How far the audio clock may drift from the wall clock before the fade is re-placed: the
// audio clock stops while a context is suspended, and hardware clocks drift a little.
const DRIFT_LIMIT_S = 0.25;
const CHECK_EVERY_MS = 5000;

/**
 * Keeps a sleep timer's fade on the audio clock, against the timer's fixed wall-clock end.
 * The fade itself is gain automation, so it completes with the screen locked or the page
 * hidden; the end is marked by a source node whose `ended` event fires on the audio clock.
 * Page timers only check, now and then, that both clocks still agree, and re-place the fade
 * when they do not (after a suspension, or when the page slept past the end).
 */
export function createSleepSchedule(
  context: BaseAudioContext,
  gain: AudioParam,
  clock: Clock,
  onEnd: () => void,
) {
  let timer: SleepTimer | null = null;
  let anchor: ClockAnchor | null = null;
  let marker: ConstantSourceNode | null = null;
  let check: ReturnType<typeof setTimeout> | undefined;
  let ended = false;
  let endContextTime: number | null = null;

  const clear = () => {
    clearTimeout(check);
    check = undefined;
    if (marker) {
      marker.onended = null;
      marker.disconnect();
      marker = null;
    }
    endContextTime = null;
  };

  const end = () => {
    if (ended) return;
    ended = true;
    clear();
    onEnd();
  };

  const scheduleCheck = () => {
    clearTimeout(check);
    check = setTimeout(verify, CHECK_EVERY_MS);
  };

  const place = () => {
    const running = timer;
    if (!running) return;
    clear();
    const placed = (anchor = { wall: clock.now(), context: context.currentTime });
    const endsAt = scheduleSleepFade(gain, running, placed);
    endContextTime = endsAt;
    const endMarker = new ConstantSourceNode(context, { offset: 0 });
    // Connected (adding 0 to the gain) so the graph renders it and its `ended` event fires.
    endMarker.connect(gain);
    endMarker.onended = () => {
      if (marker === endMarker) end();
    };
    endMarker.start(placed.context);
    endMarker.stop(endsAt);
    marker = endMarker;
    scheduleCheck();
  };

  /** Re-places the fade if the clocks have drifted apart; ends it if its time has passed. */
  function verify(): void {
    if (!timer || !anchor || ended) return;
    const wall = clock.now();
    if (wall >= timer.endsAt + 1000) return end();
    const expected = anchor.context + (wall - anchor.wall) / 1000;
    if (Math.abs(context.currentTime - expected) > DRIFT_LIMIT_S) place();
    else scheduleCheck();
  }

  return {
    /** The context time at which the sound will have faded out, or null without a timer. */
    endContextTime: () => endContextTime,

    /**
     * Sets the timer from now on; with null, clears it and brings the gain gently back to full
     * (the timer was turned off mid-fade).
     */
    set(next: SleepTimer | null): void {
      timer = next;
      ended = false;
      if (next) return place();
      clear();
      const now = context.currentTime;
      holdParam(gain, now);
      gain.linearRampToValueAtTime(1, now + 2);
    },

    /** Forgets the timer and puts the gain straight back to full: only while silent. */
    reset(): void {
      timer = null;
      clear();
      const now = context.currentTime;
      holdParam(gain, now);
      gain.setValueAtTime(1, now + 0.01);
    },

    verify,

    /** Stops watching, leaving the gain as it is (the sound is being silenced anyway). */
    cancel(): void {
      timer = null;
      clear();
    },
  };
}

/** A sleep timer's fade, kept on the audio clock. */
export type SleepSchedule = ReturnType<typeof createSleepSchedule>;
