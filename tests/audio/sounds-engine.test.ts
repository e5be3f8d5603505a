import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { isBusy } from '../../src/lib/busy';
import { createSoundEngine, type PlayRequest } from '../../src/lib/audio/sound-engine';

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
    expect(engine.level()).toBeLessThan(-90);
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
    expect(audio().state).toBe('running');
  });
});
