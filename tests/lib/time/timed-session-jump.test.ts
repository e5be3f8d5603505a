import { describe, expect, it } from 'vitest';
import { settle } from '../../support/stores';
import { setup } from './timed-session-fakes';

const HOUR = 3_600_000;

/** A running session 1 s in, its clock set by `ms` and then 500 ms of real time. */
async function runAndSetClock(ms: number) {
  const first = setup();
  await first.shared.restored;
  first.start();
  first.advance(1000);
  first.setClock(ms);
  first.advance(500);
  expect(first.shared.elapsedMs()).toBe(1500);
  return first;
}

/** The page reloads: a new clock and session over the same storage and device. */
async function reload(before: Awaited<ReturnType<typeof runAndSetClock>>) {
  await settle();
  before.shared.dispose();
  const after = setup({ slot: before.slot, time: before.time });
  await after.shared.restored;
  return after;
}

describe('a reload after the device clock was set mid-session', () => {
  it('set forward and left so: the session resumes where it was, not an hour on', async () => {
    const after = await reload(await runAndSetClock(HOUR));
    expect(after.shared.status.value).toBe('running');
    expect(after.shared.elapsedMs()).toBe(1500);
    after.advance(3500);
    expect(after.shared.status.value).toBe('done');
  });

  it('set back and left so: the session resumes where it was, not stalled', async () => {
    const after = await reload(await runAndSetClock(-HOUR));
    expect(after.shared.elapsedMs()).toBe(1500);
    after.advance(1500);
    expect(after.shared.announcement.value.text).toBe('Now b');
  });

  it('set forward, then back again (a jump undone): the jump does not come back', async () => {
    const first = await runAndSetClock(HOUR);
    // Saved with the jump in force (a pause and resume save the session).
    first.shared.pause();
    first.shared.resume();
    first.setClock(-HOUR);
    first.advance(500);
    expect(first.shared.elapsedMs()).toBe(2000);
    const after = await reload(first);
    expect(after.shared.status.value).toBe('running');
    expect(after.shared.elapsedMs()).toBe(2000);
    // And a reload after that, with nothing new, still agrees.
    after.advance(1000);
    const again = await reload(after);
    expect(again.shared.elapsedMs()).toBe(3000);
  });

  it('paused across the jump: a reload keeps it paused at the same moment', async () => {
    const first = await runAndSetClock(HOUR);
    first.shared.pause();
    first.advance(60_000);
    const after = await reload(first);
    expect(after.shared.status.value).toBe('paused');
    after.shared.resume();
    expect(after.shared.elapsedMs()).toBe(1500);
  });
});
