import { playTone, type ToneHandle, type ToneShape } from './tone';

/** Plays cue tones in the page's own AudioContext, made on the first user gesture. */
export interface TonePlayer {
  /** Makes or wakes the AudioContext; call from a tap (browsers start audio only then). */
  unlock(): void;
  /** True once the context can sound. */
  ready(): boolean;
  /** Plays `shape` in `inMs` (0 for now) at `volume` (0 to 1). */
  play(shape: ToneShape, inMs: number, volume: number): ToneHandle | null;
  /** Lets the audio device sleep (a session ended); the next unlock wakes it. */
  close(): void;
}

type ContextFactory = () => AudioContext;

const defaultFactory: ContextFactory = () => new AudioContext({ latencyHint: 'playback' });

/**
 * The tone player. After a call or a locked screen the context may be `suspended` or
 * (Safari) `interrupted`: it is resumed when the page is visible again and on the next tap.
 */
export function createTonePlayer(
  factory: ContextFactory = defaultFactory,
  doc: Document | undefined = globalThis.document,
): TonePlayer {
  let context: AudioContext | null = null;

  const wake = () => {
    if (context && context.state !== 'running' && context.state !== 'closed')
      void context.resume().catch(() => undefined);
  };
  const onVisible = () => {
    if (doc?.visibilityState === 'visible') wake();
  };
  const listen = (on: boolean) => {
    const method = on ? 'addEventListener' : 'removeEventListener';
    doc?.[method]('visibilitychange', onVisible);
    doc?.[method]('pointerdown', wake, true);
  };

  return {
    unlock() {
      if (typeof AudioContext === 'undefined') return;
      if (!context || context.state === 'closed') {
        try {
          context = factory();
        } catch {
          return;
        }
        listen(true);
      }
      wake();
    },
    ready: () => context?.state === 'running',
    play(shape, inMs, volume) {
      if (!context || context.state === 'closed') return null;
      // Scheduled on the audio clock: exact even if the page is busy or hidden when it sounds.
      const at = context.currentTime + Math.max(0, inMs) / 1000;
      return playTone(context, context.destination, shape, { at, volume });
    },
    close() {
      listen(false);
      void context?.close().catch(() => undefined);
      context = null;
    },
  };
}
