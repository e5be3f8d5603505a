import { afterEach, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { SOUND_CONTROL } from '../../src/lib/audio/interruptions';
import { createSoundEngine, type PlayRequest } from '../../src/lib/audio/sound-engine';

// Pause pressed while a call holds the sound: the player's own button must not resume the
// context on the way (the gesture listener would, before the button's click), and when the
// system lets go of the audio afterwards, the engine stays paused and silent.

const rain: PlayRequest = {
  layers: [{ key: 'rain', volume: 0.7, source: { kind: 'soundscape', id: 'rain' } }],
  master: 1,
  fadeInSeconds: 0,
  timer: null,
  nowPlaying: { title: 'Rain', artist: 'Lull' },
};

/** A button the test clicks, as a person would tap the player's Play or Pause. */
async function tapPlayer(onClick: () => void) {
  const button = document.createElement('button');
  button.textContent = 'Play or pause';
  button.setAttribute(SOUND_CONTROL, 'true');
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

it('stays paused, without a sound, when Pause is pressed during an interruption', async () => {
  let context: AudioContext | undefined;
  const engine = createSoundEngine({
    actions: { play: vi.fn(), pause: vi.fn(), stop: vi.fn() },
    createContext: () => (context = new AudioContext({ latencyHint: 'playback' })),
  });
  dispose = engine.dispose;
  await tapPlayer(() => void engine.play(rain));
  await vi.waitFor(() => expect(engine.state()).toBe('playing'), { timeout: 5000 });
  const audio = context!;
  // The call: held, as a platform that lets go only later (iOS) holds it. Each ask is counted.
  const resume = audio.resume.bind(audio);
  let asked = 0;
  audio.resume = () => {
    asked += 1;
    return Promise.reject(new DOMException('Not now', 'NotAllowedError'));
  };
  await audio.suspend();
  await vi.waitFor(() => expect(engine.state()).toBe('interrupted'));
  asked = 0;

  await tapPlayer(() => engine.pause());
  expect(engine.state()).toBe('paused');
  expect(asked).toBe(0);
  // Past the pause's fade (0.4 s) and the suspend that follows it: nothing else will suspend.
  await new Promise((resolve) => setTimeout(resolve, 600));
  // The call ends, and the system runs the context again by itself (as Safari does).
  await resume();
  await vi.waitFor(() => expect(audio.state).toBe('suspended'));
  expect(engine.state()).toBe('paused');
  expect(asked).toBe(0);
});
