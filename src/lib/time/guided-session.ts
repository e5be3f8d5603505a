import { holdBusy } from '../busy';
import type { Cue, CuePlayer } from '../cues/cue-player';
import { keepAwake } from '../wake-lock';
import type { Clock } from './clock';
import type { SessionClock } from './session-clock';
import { createSessionRunner, type CuePoint } from './session-runner';
import type { Position, Segment, Timeline } from './timeline';

/** What a guided session is made of, and what it reports. */
export interface GuidedSessionOptions<S extends Segment, C extends Cue> {
  timeline: Timeline<S>;
  cues: readonly CuePoint<C>[];
  player: CuePlayer;
  /** Why the app is busy (never reloads for an update) while this session exists. */
  busyReason: string;
  clock?: Clock;
  /** A saved session to resume; a new one starts now when absent. */
  session?: SessionClock;
  awake?: () => () => void;
  busy?: (reason: string) => () => void;
  setAlarm?: (callback: () => void, ms: number) => () => void;
  doc?: Document;
  onTick(position: Position<S>): void;
  /** A cue was reached (its sound, word and vibration are already given). */
  onCue?(cue: C, lateMs: number): void;
  onEnd(position: Position<S>): void;
  onSave(session: SessionClock): void;
}

/**
 * A session runner with what every guided session needs: its cues played (tones scheduled
 * ahead on the audio clock), the screen kept awake while it runs, and the app held busy until
 * it ends, so an update never reloads mid-session. Call from the tap that starts it.
 */
export function startGuidedSession<S extends Segment, C extends Cue>(
  options: GuidedSessionOptions<S, C>,
) {
  const { player, awake = keepAwake, busy = holdBusy } = options;
  let releaseAwake: (() => void) | null = null;
  let releaseBusy: (() => void) | null = busy(options.busyReason);
  const setAwake = (on: boolean) => {
    releaseAwake?.();
    releaseAwake = on ? awake() : null;
  };
  const release = () => {
    setAwake(false);
    releaseBusy?.();
    releaseBusy = null;
  };

  const runner = createSessionRunner<S, C>({
    timeline: options.timeline,
    cues: options.cues,
    clock: options.clock,
    session: options.session,
    setAlarm: options.setAlarm,
    doc: options.doc,
    onTick: options.onTick,
    onCue(cue, lateMs, index) {
      player.give(index, cue, lateMs);
      options.onCue?.(cue, lateMs);
    },
    onUpcoming: (next) =>
      next ? player.prepare(next.index, next.cue, next.inMs) : player.cancelPrepared(),
    onSave: options.onSave,
    onEnd(position) {
      release();
      // Let the closing chime ring out before the audio device sleeps.
      player.close(3000);
      options.onEnd(position);
    },
  });

  player.unlock();
  setAwake(!runner.paused());
  runner.run();

  return {
    timeline: runner.timeline,
    session: runner.session,
    elapsedMs: runner.elapsedMs,
    position: runner.position,
    paused: runner.paused,
    ended: runner.ended,
    pause() {
      if (runner.ended() || runner.paused()) return;
      runner.pause();
      setAwake(false);
    },
    resume() {
      if (runner.ended() || !runner.paused()) return;
      player.unlock();
      setAwake(true);
      runner.resume();
    },
    seek: runner.seek,
    /** Ends the session early, quietly. */
    stop() {
      runner.stop();
      release();
      player.close();
    },
  };
}

/** A guided session's interface. */
export type GuidedSession<S extends Segment, C extends Cue> = ReturnType<
  typeof startGuidedSession<S, C>
>;
