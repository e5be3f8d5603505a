import type { EngineGraph } from './engine-graph';
import { isAudible, type EngineStatus } from './engine-state';
import type { PlaybackSession } from './playback-session';

/**
 * Marks the control whose own action says whether sound plays (the player's Play/Pause): a
 * tap or key on it resumes nothing first, so Pause pressed during a call stays paused.
 */
export const SOUND_CONTROL = 'data-sound-control';

/** What the owner of a context hears about it. */
export interface ContextWatch {
  /**
   * Whether the owner means to be playing: only then is an interrupted context resumed.
   * `byItself` is true when the context changed state, rather than a tap or the page shown.
   */
  wanted: (byItself: boolean) => boolean;
  /** The owner means to be silent (paused, stopped): a context run again is suspended. */
  silent: () => boolean;
  /** The context's state changed: the system suspended or interrupted it, or it runs again. */
  onStateChange: (state: AudioContextState | 'interrupted') => void;
  /** The page is shown again: its timers may have slept while it was hidden. */
  onShown: () => void;
}

/**
 * After a phone call, an alarm or a lock, a context can be left `suspended` (or, in Safari,
 * `interrupted`) without the page asking. This resumes it at the next chance: at once if
 * allowed, else on the next tap or key, or when the page is shown again; and tells `watch`
 * what happens.
 */
export function resumeAfterInterruptions(
  context: AudioContext,
  watch: ContextWatch,
  doc: Document = document,
): () => void {
  const tryResume = (byItself = false) => {
    if (watch.wanted(byItself) && context.state !== 'running' && context.state !== 'closed')
      void context.resume().catch(() => undefined);
  };
  const onState = () => {
    watch.onStateChange(context.state as AudioContextState | 'interrupted');
    // Safari runs an interrupted context again by itself once the call ends.
    if (context.state === 'running' && watch.silent())
      void context.suspend().catch(() => undefined);
    else tryResume(true);
  };
  const onVisible = () => {
    if (doc.visibilityState !== 'visible') return;
    tryResume();
    watch.onShown();
  };
  const onGesture = (event: Event) => {
    if (event.target instanceof Element && event.target.closest(`[${SOUND_CONTROL}]`)) return;
    tryResume();
  };
  const gestures = ['pointerdown', 'keydown', 'touchend'] as const;
  context.addEventListener('statechange', onState);
  doc.addEventListener('visibilitychange', onVisible);
  gestures.forEach((type) => doc.addEventListener(type, onGesture, { capture: true }));
  return () => {
    context.removeEventListener('statechange', onState);
    doc.removeEventListener('visibilitychange', onVisible);
    gestures.forEach((type) => doc.removeEventListener(type, onGesture, { capture: true }));
  };
}

/**
 * How the engine rides out an interruption: while its context is held up the state says
 * "interrupted" and the meter reads silence; once it runs again, playing, with the sleep
 * timer checked at once (as when the page is shown again: its timers may have slept), and the
 * companion element playing again. While the system holds the companion, the context waits
 * for the person or the system, rather than resuming as soon as it is suspended.
 */
export function rideOutInterruptions(
  status: EngineStatus,
  graph: EngineGraph,
  companion: Pick<PlaybackSession, 'held' | 'resume'>,
): ContextWatch {
  return {
    // Starting counts too: play() resumes the context itself, so a resume more changes nothing.
    wanted: (byItself) => isAudible(status.current()) && !(byItself && companion.held()),
    silent: () => !isAudible(status.current()),
    onStateChange(contextState) {
      if (status.current() === 'playing' && contextState !== 'running') {
        // A suspended context sends nothing out: the meter must not keep the last level.
        graph.markSilent();
        status.set('interrupted');
      } else if (status.current() === 'interrupted' && contextState === 'running') {
        status.set('playing');
        graph.verifyTimer();
        companion.resume();
      }
    },
    onShown: graph.verifyTimer,
  };
}
