import { describe, expect, it } from 'vitest';
import { settle } from '../../support/stores';
import { setup, START } from './timed-session-fakes';

describe('timed session', () => {
  it('starts, announces each cue, and finishes with its summary and journal line', async () => {
    const { shared, start, advance, journal, slot, releaseBusy, ticks } = setup();
    await shared.restored;
    expect(shared.status.value).toBe('setup');
    start();
    expect(shared.status.value).toBe('running');
    expect(shared.current.value?.label).toBe('first');
    expect(shared.announcement.value.text).toBe('Now a');
    await settle();
    expect(await slot.load()).toMatchObject({ label: 'first', session: { startedAt: START } });
    advance(3000);
    expect(shared.announcement.value.text).toBe('Now b');
    expect(ticks.at(-1)).toBe('b');
    advance(2000);
    expect(shared.status.value).toBe('done');
    expect(shared.summary.value).toEqual({ seconds: 5, completed: true, fresh: true });
    expect(shared.announcement.value.text).toBe('');
    expect(releaseBusy).toHaveBeenCalled();
    expect(journal.add).toHaveBeenCalledWith(
      expect.objectContaining({
        startedAt: START,
        endedAt: START + 5000,
        details: { label: 'first' },
      }),
    );
    await settle();
    expect(await slot.load()).toBeUndefined();
  });

  it('pause and resume: the clock stands still while paused, and the pause is saved', async () => {
    const { shared, start, advance, slot, afterChange } = setup();
    await shared.restored;
    start();
    advance(1000);
    shared.pause();
    expect(shared.status.value).toBe('paused');
    advance(60_000);
    expect(shared.elapsedMs()).toBe(1000);
    await settle();
    expect((await slot.load())?.session.pausedAt).toBe(START + 1000);
    shared.resume();
    expect(shared.status.value).toBe('running');
    advance(2000);
    expect(shared.elapsedMs()).toBe(3000);
    expect(shared.announcement.value.text).toBe('Now b');
    // Start, pause and resume each ask the feature to set its display from the clock again.
    expect(afterChange).toHaveBeenCalledTimes(3);
  });

  it('restores a running session where the clock says, and a paused one paused', async () => {
    const first = setup();
    await first.shared.restored;
    first.start();
    first.advance(1000);
    first.shared.dispose();
    first.advance(2500);
    const second = setup({ slot: first.slot, time: first.time });
    await second.shared.restored;
    expect(second.shared.status.value).toBe('running');
    expect(second.shared.elapsedMs()).toBe(3500);
    expect(second.shared.announcement.value.text).toBe('Now b');
    second.shared.pause();
    second.shared.dispose();
    second.advance(3_600_000);
    const third = setup({ slot: first.slot, time: first.time });
    await third.shared.restored;
    expect(third.shared.status.value).toBe('paused');
    expect(third.shared.elapsedMs()).toBe(3500);
  });

  it('a session that ended while closed is recorded at its end; shown only if recent', async () => {
    const first = setup();
    await first.shared.restored;
    first.start();
    first.shared.dispose();
    first.advance(60_000);
    const recent = setup({ slot: first.slot, time: first.time });
    await recent.shared.restored;
    expect(recent.shared.status.value).toBe('done');
    expect(recent.shared.summary.value).toEqual({ seconds: 5, completed: true, fresh: false });
    expect(recent.journal.add).toHaveBeenCalledWith(
      expect.objectContaining({ endedAt: START + 5000 }),
    );
    await settle();
    expect(await first.slot.load()).toBeUndefined();

    const old = setup();
    await old.shared.restored;
    old.start();
    old.shared.dispose();
    old.advance(2 * 3_600_000);
    const reopened = setup({ slot: old.slot, time: old.time });
    await reopened.shared.restored;
    expect(reopened.shared.status.value).toBe('setup');
    expect(reopened.shared.summary.value).toBeNull();
    expect(reopened.journal.add).toHaveBeenCalledTimes(1);
  });

  it('stop ends it early; the record decides the journal line; again returns to setup', async () => {
    const { shared, start, advance, journal } = setup();
    await shared.restored;
    shared.again();
    expect(shared.status.value).toBe('setup');
    start();
    advance(500);
    shared.stop();
    expect(shared.status.value).toBe('done');
    expect(shared.summary.value).toEqual({ seconds: 0.5, completed: false, fresh: true });
    expect(journal.add).not.toHaveBeenCalled();
    shared.again();
    expect(shared.status.value).toBe('setup');
    expect(shared.summary.value).toBeNull();
    start('second');
    advance(1500);
    start('ignored');
    expect(shared.current.value?.label).toBe('second');
    shared.stop();
    expect(journal.add).toHaveBeenCalledTimes(1);
  });

  it('the device clock set an hour forward or back mid-session: the session keeps its time', async () => {
    const { shared, start, advance, setClock } = setup();
    await shared.restored;
    start();
    advance(1000);
    setClock(3_600_000);
    advance(1000);
    expect(shared.status.value).toBe('running');
    expect(shared.elapsedMs()).toBe(2000);
    setClock(-2 * 3_600_000);
    advance(1000);
    expect(shared.elapsedMs()).toBe(3000);
    expect(shared.announcement.value.text).toBe('Now b');
    advance(2000);
    expect(shared.status.value).toBe('done');
    expect(shared.summary.value).toMatchObject({ seconds: 5, completed: true });
  });

  it('seek moves the running session; none runs, nothing moves', async () => {
    const { timed, shared, start } = setup();
    await shared.restored;
    timed.seek(() => 4000);
    expect(shared.elapsedMs()).toBe(0);
    start();
    timed.seek((elapsed, line) => elapsed + line.segments[0].durationMs);
    expect(shared.elapsedMs()).toBe(3000);
    expect(shared.announcement.value.text).toBe('Now b');
  });
});
