import { describe, expect, it } from 'vitest';
import { createTabTurns, type TabChannel, type TabMessage } from '../../../src/lib/audio/tab-turns';
import { setup } from './helpers';

/** Two tabs' channels: what one posts, the other hears soon after. */
function channelPair(): [TabChannel, TabChannel] {
  type Listener = (event: MessageEvent<TabMessage>) => void;
  const listeners: [Listener[], Listener[]] = [[], []];
  const end = (mine: number): TabChannel => ({
    postMessage: (data) =>
      queueMicrotask(() =>
        listeners[1 - mine].forEach((listener) => listener(new MessageEvent('message', { data }))),
      ),
    addEventListener: (_type, listener) => void listeners[mine].push(listener),
    close: () => undefined,
  });
  return [end(0), end(1)];
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function twoTabs() {
  const [first, second] = channelPair();
  const a = await setup(createTabTurns({ channel: first, locks: null, tab: 'a' }));
  const b = await setup(createTabTurns({ channel: second, locks: null, tab: 'b' }));
  return { a, b };
}

describe('the Sounds model in two tabs', () => {
  it('stops when another tab plays, says so, and takes the sound back with Play', async () => {
    const { a, b } = await twoTabs();
    a.model.play();
    await settle();
    expect(b.model.statusText.value).toBe('Playing in another Lull tab.');
    // The tab that does not play has not asked its engine for anything audible.
    expect(b.engine.play).not.toHaveBeenCalled();
    expect(b.engine.stop).not.toHaveBeenCalled();

    b.model.play();
    await settle();
    expect(a.engine.stop).toHaveBeenCalledTimes(1);
    expect(a.model.status.value).toBe('idle');
    expect(a.model.elsewhere.value).toBe(true);
    expect(a.model.statusText.value).toBe('Playing in another Lull tab.');
    expect(b.model.statusText.value).toBe('Playing until you stop it.');

    a.model.toggle();
    await settle();
    expect(a.model.status.value).toBe('playing');
    expect(a.model.elsewhere.value).toBe(false);
    expect(b.engine.stop).toHaveBeenCalledTimes(1);
    expect(b.model.statusText.value).toBe('Playing in another Lull tab.');
  });

  it('offers Play again once the other tab pauses', async () => {
    const { a, b } = await twoTabs();
    a.model.play();
    await settle();
    expect(b.model.elsewhere.value).toBe(true);
    a.model.pause();
    await settle();
    expect(b.model.elsewhere.value).toBe(false);
    expect(b.model.statusText.value).toBe('Ready when you are.');
  });
});
