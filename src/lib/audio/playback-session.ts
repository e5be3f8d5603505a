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

/**
 * Everything that lets the sound go on with the screen locked and be controlled from
 * outside the page (PLATFORM.md, "Sound"): the iOS audio session set to "playback" (which
 * also ignores the silent switch), a looping companion <audio> element kept in step with
 * the mix, and Media Session metadata with play, pause and stop.
 */
export class PlaybackSession {
  private element: HTMLAudioElement | null = null;
  private url: string | null = null;
  private pausing = false;

  constructor(
    private readonly actions: MediaActions,
    private readonly nav: AudioSessionNavigator | undefined = globalThis.navigator,
  ) {}

  /** Called from the person's tap: media may only start inside a user gesture. */
  start(nowPlaying: NowPlaying, artwork: MediaImage[] = []): void {
    if (this.nav?.audioSession) this.nav.audioSession.type = 'playback';
    const element = this.companion();
    if (element) {
      this.pausing = false;
      void element.play().catch(() => undefined);
    }
    this.describe(nowPlaying, artwork);
    this.setState('playing');
  }

  /** Updates the lock screen's title (the mix changed). */
  describe(nowPlaying: NowPlaying, artwork: MediaImage[] = []): void {
    const session = this.nav?.mediaSession;
    if (!session || typeof MediaMetadata === 'undefined') return;
    session.metadata = new MediaMetadata({ ...nowPlaying, artwork });
  }

  pause(): void {
    if (this.element && !this.element.paused) {
      this.pausing = true;
      this.element.pause();
    }
    this.setState('paused');
  }

  stop(): void {
    this.pause();
    this.setState('none');
  }

  dispose(): void {
    this.stop();
    const session = this.nav?.mediaSession;
    for (const action of ['play', 'pause', 'stop'] as const) {
      try {
        session?.setActionHandler(action, null);
      } catch {
        // An action this browser does not know: nothing to remove.
      }
    }
    this.element?.removeAttribute('src');
    if (this.url) URL.revokeObjectURL(this.url);
    this.element = null;
    this.url = null;
  }

  private companion(): HTMLAudioElement | null {
    if (this.element) return this.element;
    if (typeof Audio === 'undefined' || typeof URL.createObjectURL !== 'function') return null;
    this.url = URL.createObjectURL(companionWav());
    const element = new Audio(this.url);
    element.loop = true;
    // The system paused it (a call, another app taking audio focus): pause the mix too.
    element.addEventListener('pause', () => {
      if (!this.pausing) this.actions.pause();
      this.pausing = false;
    });
    this.element = element;
    this.bindActions();
    return element;
  }

  private bindActions(): void {
    const session = this.nav?.mediaSession;
    if (!session) return;
    const bind = (action: MediaSessionAction, handler: () => void) => {
      try {
        session.setActionHandler(action, handler);
      } catch {
        // Older browsers throw for actions they do not support; the others still work.
      }
    };
    bind('play', () => this.actions.play());
    bind('pause', () => this.actions.pause());
    bind('stop', () => this.actions.stop());
  }

  private setState(state: MediaSessionPlaybackState): void {
    const session = this.nav?.mediaSession;
    if (session) session.playbackState = state;
  }
}
