import { effect, signal, untracked } from '@preact/signals';
import type { Opened } from '../../lib/hosted-session';
import type { RoutineHost } from './routine-host';
import type { TimedStep } from './routine-steps';

/** What the routine hears from a hosted session that moves by itself. */
export interface HostedEvents {
  /** It ended (by its time, or by its own Stop); `did`: anything was done in it. */
  ended(did: boolean): void;
  /** Its own Pause or Resume was pressed. */
  held(hold: boolean): void;
}

/**
 * The hosted session of the step shown, if any: opened through the host, followed while it
 * runs (its own controls and its end steer the routine), and let go when the step changes.
 */
export function createHostedStep<V>(host: RoutineHost<V>, events: HostedEvents) {
  const hosted = signal<Opened<V> | null>(null);
  let stopFollowing = () => {};

  const statusNow = () => hosted.peek()?.session.status.peek() ?? null;

  /**
   * Lets go of the session: stopped if it still runs (its feature records it if worth it).
   * One that ended by itself is left to ring out its closing chime. Returns whether anything
   * was done in it.
   */
  function close(): boolean {
    const opened = hosted.peek();
    if (!opened) return false;
    stopFollowing();
    stopFollowing = () => {};
    hosted.value = null;
    const status = opened.session.status.peek();
    const ran = status === 'running' || status === 'paused';
    if (ran) opened.session.stop();
    const did = opened.session.didSomething();
    if (status !== 'done') opened.session.dispose();
    return did;
  }

  return {
    hosted,
    statusNow,
    close,
    open(step: TimedStep): Opened<V> {
      close();
      const opened = host.open(step);
      hosted.value = opened;
      let ended = false;
      stopFollowing = effect(() => {
        const status = opened.session.status.value;
        untracked(() => {
          if (status === 'done' && !ended) {
            ended = true;
            // Out of the hosted model's own update: it finishes before the routine moves on.
            queueMicrotask(() => {
              if (hosted.peek() === opened) events.ended(close());
            });
          } else if (status === 'paused' || status === 'running') events.held(status === 'paused');
        });
      });
      return opened;
    },
    pause() {
      if (statusNow() === 'running') hosted.peek()?.session.pause();
    },
    resume() {
      if (statusNow() === 'paused') hosted.peek()?.session.resume();
    },
    dispose() {
      stopFollowing();
      hosted.peek()?.session.dispose();
    },
  };
}
