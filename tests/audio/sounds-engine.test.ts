import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { isBusy } from '../../src/lib/busy';
import {
  createSoundEngine,
  type PlayRequest,
  type SoundEngine,
} from '../../src/lib/audio/sound-engine';

// The engine with a real AudioContext in Chromium, started by a real click (browsers only
// let sound start from a person's gesture), playing in real time.

const rain: PlayRequest = {
  layers: [{ key: 'rain', volume: 0.7, source: { kind: 'soundscape', id: 'rain' } }],
  master: 1,
  fadeInSeconds: 0,
  timer: null,
  nowPlaying: { title: 'Rain', artist: 'Lull' },
};

function setup() {
  let context: AudioContext | undefined;
  const engine = createSoundEngine({
    actions: { play: vi.fn(), pause: vi.fn(), stop: vi.fn() },
    createContext: () => (context = new AudioContext({ latencyHint: 'playback' })),
  });
  const states: string[] = [];
  engine.subscribe((state) => states.push(state));
  const audio = () => {
    if (!context) throw new Error('No context yet');
    return context;
  };
  return { engine, states, audio };
}

/** A button the test clicks, as a person would tap Play. */
async function tap(onClick: () => void) {
  const button = document.createElement('button');
  button.textContent = 'Play';
  button.onclick = onClick;
  document.body.append(button);
  await userEvent.click(button);
  button.remove();
}

let dispose: (() => Promise<void>) | undefined;
afterEach(async () => {
  await dispose?.();
  dispose = undefined;
});

describe('the sound engine, playing for real', () => {
  it('plays, fades out on its timer, then stops, suspends and lets the app idle', async () => {
    const { engine, audio } = setup();
    dispose = engine.dispose;
    await tap(
      () => void engine.play({ ...rain, timer: { endsAt: Date.now() + 3000, fadeMs: 2000 } }),
    );
    await vi.waitFor(() => expect(engine.state()).toBe('playing'), { timeout: 5000 });
    expect(isBusy()).toBe(true);
    expect(audio().state).toBe('running');
    expect(navigator.mediaSession.metadata?.title).toBe('Rain');
    expect(navigator.mediaSession.playbackState).toBe('playing');
    await vi.waitFor(() => expect(engine.level()).toBeGreaterThan(-50));

    await vi.waitFor(() => expect(engine.state()).toBe('ended'), { timeout: 8000 });
    expect(isBusy()).toBe(false);
    // The analyser reads the last 2048 samples (43 ms): at the very end they still hold the
    // fade's last whisper (-83 dB was seen). Silence must follow within a few of its windows.
    await vi.waitFor(() => expect(engine.level()).toBeLessThan(-90), {
      timeout: 300,
      interval: 10,
    });
    await vi.waitFor(() => expect(audio().state).toBe('suspended'));
    expect(navigator.mediaSession.playbackState).toBe('none');
  });

  it('pauses with a short fade and suspends; resumes on the next play', async () => {
    const { engine, audio } = setup();
    dispose = engine.dispose;
    await tap(() => void engine.play(rain));
    await vi.waitFor(() => expect(engine.state()).toBe('playing'), { timeout: 5000 });
    engine.pause();
    expect(engine.state()).toBe('paused');
    expect(isBusy()).toBe(false);
    await vi.waitFor(() => expect(audio().state).toBe('suspended'));
    expect(engine.level()).toBeLessThan(-60);
    await tap(() => void engine.play(rain));
    await vi.waitFor(() => expect(engine.state()).toBe('playing'), { timeout: 5000 });
    expect(audio().state).toBe('running');
    await vi.waitFor(() => expect(engine.level()).toBeGreaterThan(-50));
  });

  it('comes back by itself after an interruption suspends the context', async () => {
    const { engine, states, audio } = setup();
    dispose = engine.dispose;
    await tap(() => void engine.play(rain));
    await vi.waitFor(() => expect(engine.state()).toBe('playing'), { timeout: 5000 });
    // What a phone call does: the context is suspended without the app asking.
    await audio().suspend();
    await vi.waitFor(() => expect(states).toContain('interrupted'));
    expect(isBusy()).toBe(true);
    await vi.waitFor(() => expect(engine.state()).toBe('playing'));
    await expectSoundFlowing(engine, audio());
  });
});

/** How far the audio clock moves in `ms` of real time: nothing while the context is suspended. */
async function clockAdvance(context: AudioContext, ms = 300): Promise<number> {
  const from = context.currentTime;
  await new Promise((resolve) => setTimeout(resolve, ms));
  return context.currentTime - from;
}

/** The context runs, its clock moves on, and the analyser on the output hears the rain. */
async function expectSoundFlowing(engine: SoundEngine, context: AudioContext) {
  expect(context.state).toBe('running');
  expect(await clockAdvance(context)).toBeGreaterThan(0.1);
  await vi.waitFor(() => expect(engine.level()).toBeGreaterThan(-50));
}

/**
 * Interrupted: the engine says so, the context stays suspended, its clock stands still and
 * the level reads silence (not the last level heard), while the app stays busy.
 */
async function expectHeldSilent(engine: SoundEngine, context: AudioContext) {
  await vi.waitFor(() => expect(engine.state()).toBe('interrupted'));
  expect(isBusy()).toBe(true);
  expect(await clockAdvance(context)).toBe(0);
  expect(context.state).toBe('suspended');
  expect(engine.level()).toBe(-Infinity);
}

/**
 * The rule of a platform that holds the audio after a call (iOS, or Safari's `interrupted`):
 * `resume()` is refused unless `allowed()`. Chromium lets a page resume at any time once it
 * has had a gesture, so the refusal is laid over the real context here.
 */
function refuseResumeUnless(context: AudioContext, allowed: () => boolean) {
  const resume = context.resume.bind(context);
  context.resume = () =>
    allowed() ? resume() : Promise.reject(new DOMException('Not now', 'NotAllowedError'));
}

describe('an interruption the platform will not let go of at once', () => {
  let visibility: DocumentVisibilityState = 'visible';
  afterEach(() => {
    // The page's own visibilityState again (the one on the prototype).
    delete (document as { visibilityState?: DocumentVisibilityState }).visibilityState;
  });

  it.each([
    ['a tap', () => userEvent.click(document.body)],
    ['a key', () => userEvent.keyboard('a')],
  ])('resumes on the next gesture (%s), and the sound flows again', async (_, gesture) => {
    const { engine, audio } = setup();
    dispose = engine.dispose;
    await tap(() => void engine.play(rain));
    await vi.waitFor(() => expect(engine.state()).toBe('playing'), { timeout: 5000 });
    // The tap on Play lets the page start audio for a few seconds: let that lapse, so only
    // a new gesture can count.
    await vi.waitFor(() => expect(navigator.userActivation.isActive).toBe(false), {
      timeout: 10_000,
      interval: 250,
    });
    refuseResumeUnless(audio(), () => navigator.userActivation.isActive);

    await audio().suspend();
    await expectHeldSilent(engine, audio());

    await gesture();
    await vi.waitFor(() => expect(engine.state()).toBe('playing'));
    await expectSoundFlowing(engine, audio());
  });

  it('resumes when the page is shown again, and the sound flows again', async () => {
    const { engine, audio } = setup();
    dispose = engine.dispose;
    await tap(() => void engine.play(rain));
    await vi.waitFor(() => expect(engine.state()).toBe('playing'), { timeout: 5000 });
    // The screen locks during the call: hidden, and no audio may start until it is shown.
    visibility = 'hidden';
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => visibility,
    });
    refuseResumeUnless(audio(), () => document.visibilityState === 'visible');

    await audio().suspend();
    await expectHeldSilent(engine, audio());

    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(engine.state()).toBe('playing'));
    await expectSoundFlowing(engine, audio());
  });
});
