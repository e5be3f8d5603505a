import type { Page } from '@playwright/test';

/** What the init script below leaves on `window` for a test to drive. */
interface Probe {
  interruptAudio(): Promise<void>;
  endInterruption(): Promise<void>;
  refusedResumes: number;
  runs: number;
  contextState(): AudioContextState | 'none';
  systemPauseCompanion(): void;
  mediaAction(action: MediaSessionAction): void;
}
type ProbeWindow = Window & { audioProbe: Probe };

/** The system's side of a page's audio, for a test to act as the system does. */
export const systemAudio = (page: Page) => ({
  /** Suspends every AudioContext, as the system does for a call. */
  interrupt: () =>
    page.evaluate(() => (window as unknown as ProbeWindow).audioProbe.interruptAudio()),
  /** The call ends: the system runs the contexts again by itself (as Safari does). */
  endInterruption: () =>
    page.evaluate(() => (window as unknown as ProbeWindow).audioProbe.endInterruption()),
  /** How many times the page asked to resume a context and was refused. */
  refusedResumes: () =>
    page.evaluate(() => (window as unknown as ProbeWindow).audioProbe.refusedResumes),
  /** How many times a context of the page started running (sound could be heard). */
  runs: () => page.evaluate(() => (window as unknown as ProbeWindow).audioProbe.runs),
  /** The state of the page's AudioContext ('none' before one is made). */
  contextState: () =>
    page.evaluate(() => (window as unknown as ProbeWindow).audioProbe.contextState()),
  /** Pauses the companion <audio> element without Media Session, as Android does for a call. */
  pauseCompanion: () =>
    page.evaluate(() => (window as unknown as ProbeWindow).audioProbe.systemPauseCompanion()),
  /** Calls the page's Media Session handler, as the lock screen's button does. */
  mediaAction: (action: MediaSessionAction) =>
    page.evaluate(
      (name) => (window as unknown as ProbeWindow).audioProbe.mediaAction(name),
      action,
    ),
});

/**
 * Keeps the page's AudioContexts, companion elements and Media Session handlers, so a test can
 * act as the system does; and lays over Chromium the rule of a platform that holds the audio
 * after a call (iOS): a context may resume only while the page handles a person's tap or key.
 * (Chromium lets a page resume at any time once it has had a gesture: the audio tests cover that.)
 */
export async function installAudioProbe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const contexts: AudioContext[] = [];
    const media = new Set<HTMLMediaElement>();
    const handlers = new Map<MediaSessionAction, MediaSessionActionHandler | null>();
    let handlingInput = false;
    for (const type of ['pointerdown', 'pointerup', 'click', 'keydown', 'touchend'])
      addEventListener(
        type,
        (event) => {
          if (!event.isTrusted) return;
          handlingInput = true;
          setTimeout(() => (handlingInput = false));
        },
        true,
      );
    const resume = AudioContext.prototype.resume;
    const probe = {
      refusedResumes: 0,
      runs: 0,
      interruptAudio: async () => void (await Promise.all(contexts.map((c) => c.suspend()))),
      endInterruption: async () => void (await Promise.all(contexts.map((c) => resume.call(c)))),
      contextState: () => contexts[0]?.state ?? 'none',
      systemPauseCompanion: () => media.forEach((element) => element.pause()),
      mediaAction: (action: MediaSessionAction) => handlers.get(action)?.({ action }),
    };
    window.AudioContext = class extends AudioContext {
      constructor(options?: AudioContextOptions) {
        super(options);
        contexts.push(this);
        this.addEventListener('statechange', () => {
          if (this.state === 'running') probe.runs += 1;
        });
      }
      override resume() {
        if (handlingInput) return resume.call(this);
        probe.refusedResumes += 1;
        return Promise.reject(new DOMException('Only from a gesture', 'NotAllowedError'));
      }
    };
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      media.add(this);
      return play.call(this);
    };
    const session = navigator.mediaSession;
    const setHandler = session.setActionHandler.bind(session);
    session.setActionHandler = (action, handler) => {
      handlers.set(action, handler);
      setHandler(action, handler);
    };
    Object.assign(window, { audioProbe: probe });
  });
}
