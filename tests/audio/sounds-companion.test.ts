import { describe, expect, it, vi } from 'vitest';
import { createPlaybackSession } from '../../src/lib/audio/playback-session';

const nowPlaying = { title: 'Rain', artist: 'Lull' };
const actions = { play: () => undefined, pause: () => undefined, stop: () => undefined };

describe('the lock screen’s companion element', () => {
  it('plays through the mix’s context, routed once, so it needs no output stream of its own', async () => {
    const context = new AudioContext();
    const route = vi.spyOn(context, 'createMediaElementSource');
    const session = createPlaybackSession(actions);
    session.start(nowPlaying, [], context);
    session.pause();
    session.start(nowPlaying, [], context);
    expect(route).toHaveBeenCalledTimes(1);
    expect(route.mock.calls[0][0]).toBeInstanceOf(HTMLAudioElement);
    session.dispose();
    await context.close();
  });
});
