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
export class SleepSchedule {
  private timer: SleepTimer | null = null;
  private anchor: ClockAnchor | null = null;
  private marker: ConstantSourceNode | null = null;
  private check: ReturnType<typeof setTimeout> | undefined;
  private ended = false;

  constructor(
    private readonly context: BaseAudioContext,
    private readonly gain: AudioParam,
    private readonly clock: Clock,
    private readonly onEnd: () => void,
  ) {}

  /** The context time at which the sound will have faded out, or null without a timer. */
  endContextTime: number | null = null;

  /**
   * Sets the timer from now on; with null, clears it and brings the gain gently back to full
   * (the timer was turned off mid-fade).
   */
  set(timer: SleepTimer | null): void {
    this.timer = timer;
    this.ended = false;
    if (timer) return this.place();
    this.clear();
    const now = this.context.currentTime;
    holdParam(this.gain, now);
    this.gain.linearRampToValueAtTime(1, now + 2);
  }

  /** Forgets the timer and puts the gain straight back to full: only while silent. */
  reset(): void {
    this.timer = null;
    this.clear();
    const now = this.context.currentTime;
    holdParam(this.gain, now);
    this.gain.setValueAtTime(1, now + 0.01);
  }

  /** Re-places the fade if the clocks have drifted apart; ends it if its time has passed. */
  verify(): void {
    const { timer, anchor } = this;
    if (!timer || !anchor || this.ended) return;
    const wall = this.clock.now();
    if (wall >= timer.endsAt + 1000) return this.end();
    const expected = anchor.context + (wall - anchor.wall) / 1000;
    if (Math.abs(this.context.currentTime - expected) > DRIFT_LIMIT_S) this.place();
    else this.scheduleCheck();
  }

  /** Stops watching, leaving the gain as it is (the sound is being silenced anyway). */
  cancel(): void {
    this.timer = null;
    this.clear();
  }

  private place(): void {
    const timer = this.timer;
    if (!timer) return;
    this.clear();
    this.anchor = { wall: this.clock.now(), context: this.context.currentTime };
    const end = scheduleSleepFade(this.gain, timer, this.anchor);
    this.endContextTime = end;
    const marker = new ConstantSourceNode(this.context, { offset: 0 });
    // Connected (adding 0 to the gain) so the graph renders it and its `ended` event fires.
    marker.connect(this.gain);
    marker.onended = () => {
      if (this.marker === marker) this.end();
    };
    marker.start(this.anchor.context);
    marker.stop(end);
    this.marker = marker;
    this.scheduleCheck();
  }

  private scheduleCheck(): void {
    clearTimeout(this.check);
    this.check = setTimeout(() => this.verify(), CHECK_EVERY_MS);
  }

  private end(): void {
    if (this.ended) return;
    this.ended = true;
    this.clear();
    this.onEnd();
  }

  private clear(): void {
    clearTimeout(this.check);
    this.check = undefined;
    if (this.marker) {
      this.marker.onended = null;
      this.marker.disconnect();
      this.marker = null;
    }
    this.endContextTime = null;
  }
}
