import { describe, expect, it, vi } from 'vitest';
import { setup } from './fakes';

describe('breathing model, across reloads', () => {
  it('a reload resumes a running session from its stored start', async () => {
    const first = setup();
    await first.model.restored;
    first.model.start();
    first.advance(5000);
    first.model.dispose();
    // The page reloads 2 s later: a new model over the same saved slot and clock.
    first.advance(2000);
    const second = setup({ slot: first.slot, clock: first.clock });
    await second.model.restored;
    expect(second.model.status.value).toBe('running');
    expect(second.model.elapsedMs()).toBe(7000);
    expect(second.model.phase.value).toBe('holdIn');
    expect(second.model.secondsLeft.value).toBe(4);
    // The phase is announced again, but its tone (3 s late) is not played.
    expect(second.model.announcement.value.text).toBe('Hold');
    expect(second.tones.play).not.toHaveBeenCalledWith(expect.anything(), 0, expect.anything());
    expect(second.busy).toHaveBeenCalled();
  });

  it('a paused session comes back paused', async () => {
    const first = setup();
    await first.model.restored;
    first.model.start();
    first.advance(3000);
    first.model.pause();
    first.model.dispose();
    first.advance(3_600_000);
    const second = setup({ slot: first.slot, clock: first.clock });
    await second.model.restored;
    expect(second.model.status.value).toBe('paused');
    expect(second.model.elapsedMs()).toBe(3000);
    expect(second.awake).not.toHaveBeenCalled();
  });

  it('a session that ended while Lull was closed is recorded; shown only if recent', async () => {
    const first = setup();
    await first.model.restored;
    first.model.start();
    first.advance(1000);
    first.model.dispose();
    first.advance(80_000);
    const recent = setup({ slot: first.slot, clock: first.clock });
    await recent.model.restored;
    expect(recent.model.status.value).toBe('done');
    expect(recent.model.summary.value).toMatchObject({ completed: true, fresh: false });
    await vi.waitFor(async () => expect(await recent.settings.journal.list()).toHaveLength(1));

    const old = setup();
    await old.model.restored;
    old.model.start();
    old.model.dispose();
    old.advance(5 * 3_600_000);
    const reopened = setup({ slot: old.slot, clock: old.clock });
    await reopened.model.restored;
    expect(reopened.model.status.value).toBe('setup');
    await vi.waitFor(async () => expect(await reopened.settings.journal.list()).toHaveLength(1));
  });
});
