import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createSoundEngine, type SoundEngine } from '../../src/lib/audio/sound-engine';

// The level meter while the page is hidden: nobody sees it, so the engine takes its analyser
// out of the graph and the level stops moving; shown again, it moves again.

/** A document whose visibility the test sets, as the browser would on a tab switch or lock. */
function fakeDocument() {
  let state: DocumentVisibilityState = 'visible';
  const doc = Object.defineProperty(new EventTarget(), 'visibilityState', { get: () => state });
  const show = (next: DocumentVisibilityState) => {
    state = next;
    doc.dispatchEvent(new Event('visibilitychange'));
  };
  return { doc: doc as unknown as Document, show };
}

/** Levels read a tenth of a second apart. */
async function readings(engine: SoundEngine, count = 6) {
  const levels: number[] = [];
  for (let i = 0; i < count; i++) {
    levels.push(engine.level());
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return levels;
}

let dispose: (() => Promise<void>) | undefined;
afterEach(async () => {
  await dispose?.();
  dispose = undefined;
});

describe('the level meter', () => {
  it('stops measuring while the page is hidden, and measures again once shown', async () => {
    const { doc, show } = fakeDocument();
    const engine = createSoundEngine({ actions: { play() {}, pause() {}, stop() {} }, doc });
    dispose = engine.dispose;
    const button = document.createElement('button');
    button.textContent = 'Play';
    button.onclick = () =>
      void engine.play({
        layers: [{ key: 'rain', volume: 0.7, source: { kind: 'soundscape', id: 'rain' } }],
        master: 1,
        fadeInSeconds: 0,
        timer: null,
        nowPlaying: { title: 'Rain', artist: 'Lull' },
      });
    document.body.append(button);
    await userEvent.click(button);
    button.remove();
    await vi.waitFor(() => expect(engine.state()).toBe('playing'), { timeout: 5000 });
    await vi.waitFor(() => expect(engine.level()).toBeGreaterThan(-60), { timeout: 5000 });

    const shown = await readings(engine);
    expect(new Set(shown).size).toBeGreaterThan(1);

    show('hidden');
    const hidden = await readings(engine);
    expect(new Set(hidden).size).toBe(1);
    expect(engine.state()).toBe('playing');

    show('visible');
    const again = await readings(engine);
    expect(new Set(again).size).toBeGreaterThan(1);
    expect(Math.min(...again)).toBeGreaterThan(-60);
  });
});
