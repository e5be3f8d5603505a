import { Random } from './dsp/random';
import { encodeWav } from './wav';

/** What the system's media controls (lock screen, headset, notification) can ask for. */
export interface MediaActions {
  play(): void;
  pause(): void;
  stop(): void;
}

/** What the lock screen shows. */
export interface NowPlaying {
  title: string;
  artist: string;
}

// Chrome on Android shows its media notification only for media of 5 s or more.
const COMPANION_SECONDS = 6;
const COMPANION_RATE = 8000;

/**
 * A near-silent companion: ±1 LSB of dither at 16 bits (about -96 dBFS), not digital zero
 * and not volume 0, so the platform treats it as real playback and keeps media focus.
 */
function companionWav(): Blob {
  const random = new Random(1);
  const samples = Float32Array.from(
    { length: COMPANION_SECONDS * COMPANION_RATE },
    () => (Math.floor(random.next() * 3) - 1) / 32767,
  );
  return new Blob([encodeWav(samples, COMPANION_RATE)], { type: 'audio/wav' });
}

type AudioSessionNavigator = Navigator & { audioSession?: { type: string } };

/** What the system does to the companion element on its own. */
export interface CompanionEvents {
  /** It was paused, not by the page nor through Media Session (a call, another app's sound). */
  paused(): void;
  /** It plays again (the system gave the audio back, or the page played it). */
  played(): void;
}

const noEvents: CompanionEvents = { paused: () => undefined, played: () => undefined };

/**
 * Everything that lets the sound go on with the screen locked and be controlled from
 * outside the page (PLATFORM.md, "Sound"): the iOS audio session set to "playback" (which
 * also ignores the silent switch), a looping companion <audio> element kept in step with
 * the mix, and Media Session metadata with play, pause and stop.
 */
export function createPlaybackSession(
  actions: MediaActions,
  system: CompanionEvents = noEvents,
  nav: AudioSessionNavigator | undefined = globalThis.navigator,
) {
  let element: HTMLAudioElement | null = null;
  let url: string | null = null;
  let pausing = false;
  let held = false;
  let routed = false;

  const setState = (state: MediaSessionPlaybackState) => {
    const session = nav?.mediaSession;
    if (session) session.playbackState = state;
  };

  const bindActions = () => {
    const session = nav?.mediaSession;
    if (!session) return;
    const bind = (action: MediaSessionAction, handler: () => void) => {
      try {
        session.setActionHandler(action, handler);
      } catch {
        // Older browsers throw for actions they do not support; the others still work.
      }
    };
    bind('play', () => actions.play());
    bind('pause', () => actions.pause());
    bind('stop', () => actions.stop());
  };

  const companion = (): HTMLAudioElement | null => {
    if (element) return element;
    if (typeof Audio === 'undefined' || typeof URL.createObjectURL !== 'function') return null;
    url = URL.createObjectURL(companionWav());
    const created = new Audio(url);
    created.loop = true;
    // The person's pause comes through the Media Session handler, which Chrome calls instead of
    // pausing the element. A bare pause is the system's (Android gives the audio focus to a
    // call or another app): an interruption to ride out, not the person pausing the mix.
    created.addEventListener('pause', () => {
      if (!pausing) {
        held = true;
        system.paused();
      }
      pausing = false;
    });
    created.addEventListener('play', () => {
      held = false;
      system.played();
    });
    element = created;
    bindActions();
    return created;
  };

  // Played through the mix's context, the companion needs no output stream of its own: a
  // second stream cost as much CPU again as the whole floor of looped buffers (per-process
  // figures during scripts/bench/sound-cpu.mjs). The element still plays, so the system
  // still sees playback; where routing fails it plays on its own, as before.
  const route = (playing: HTMLAudioElement, output: BaseAudioContext | undefined) => {
    if (!output || routed || !('createMediaElementSource' in output)) return;
    try {
      (output as AudioContext).createMediaElementSource(playing).connect(output.destination);
      routed = true;
    } catch {
      // Already routed elsewhere, or not allowed here: it keeps its own output.
    }
  };

  /** Updates the lock screen's title (the mix changed). */
  const describe = (nowPlaying: NowPlaying, artwork: MediaImage[] = []) => {
    const session = nav?.mediaSession;
    if (!session || typeof MediaMetadata === 'undefined') return;
    session.metadata = new MediaMetadata({ ...nowPlaying, artwork });
  };

  const pause = () => {
    if (element && !element.paused) {
      pausing = true;
      element.pause();
    }
    setState('paused');
  };

  const stop = () => {
    pause();
    setState('none');
  };

  return {
    /**
     * Called from the person's tap: media may only start inside a user gesture. The companion
     * plays through `output` (the mix's context) when given.
     */
    start(nowPlaying: NowPlaying, artwork: MediaImage[] = [], output?: BaseAudioContext): void {
      if (nav?.audioSession) nav.audioSession.type = 'playback';
      const playing = companion();
      if (playing) {
        route(playing, output);
        pausing = false;
        void playing.play().catch(() => undefined);
      }
      describe(nowPlaying, artwork);
      setState('playing');
    },
    describe,
    pause,
    stop,
    /** True while the system holds the companion paused. */
    held: () => held,
    /** Plays the companion again after an interruption, so the lock screen keeps its controls. */
    resume(): void {
      if (element?.paused) void element.play().catch(() => undefined);
    },
    dispose(): void {
      stop();
      const session = nav?.mediaSession;
      for (const action of ['play', 'pause', 'stop'] as const) {
        try {
          session?.setActionHandler(action, null);
        } catch {
          // An action this browser does not know: nothing to remove.
        }
      }
      element?.removeAttribute('src');
      if (url) URL.revokeObjectURL(url);
      element = null;
      url = null;
      routed = false;
    },
  };
}

/** The lock screen's side of playback. */
export type PlaybackSession = ReturnType<typeof createPlaybackSession>;
