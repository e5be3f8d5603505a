import { describe, expect, it, vi } from 'vitest';
import { watchPresence } from '../../../src/features/routine/presence';
import { setVisibility } from './fakes';

const MIN = 60_000;

/** Presence on a hand-moved clock, with its once-a-minute beat run by the test. */
function watched() {
  let at = Date.parse('2026-11-23T22:10:00Z');
  const clock = { now: () => at, set: (next: number) => (at = next) };
  let beat = () => {};
  const events = { left: vi.fn(), back: vi.fn() };
  const stop = watchPresence(document, clock, events, (run) => {
    beat = run;
    return () => (beat = () => {});
  });
  const minute = (ms = MIN) => {
    clock.set(at + ms);
    beat();
  };
  return { clock, events, minute, stop };
}

describe('presence', () => {
  it('a computer suspended with Lull on screen: back on waking, seen last at the beat before', () => {
    setVisibility('visible');
    const { clock, events, minute, stop } = watched();
    minute();
    const lastSeen = clock.now();
    minute(2 * 60 * MIN);
    expect(events.back).toHaveBeenCalledOnce();
    expect(events.back).toHaveBeenCalledWith(lastSeen);
    expect(events.left).not.toHaveBeenCalled();
    stop();
  });
  it('beats on time, or a little late as a busy page makes them, are nobody leaving', () => {
    setVisibility('visible');
    const { events, minute, stop } = watched();
    for (let beat = 0; beat < 10; beat += 1) minute(beat % 2 ? MIN : 2 * MIN);
    expect(events.back).not.toHaveBeenCalled();
    stop();
  });
  it('hidden, the late beats are the phone locked: told once, on return, from when it was hidden', () => {
    setVisibility('visible');
    const { clock, events, minute, stop } = watched();
    setVisibility('hidden');
    const hiddenAt = clock.now();
    minute(2 * 60 * MIN);
    expect(events.back).not.toHaveBeenCalled();
    setVisibility('visible');
    minute();
    expect(events.back).toHaveBeenCalledOnce();
    expect(events.back).toHaveBeenCalledWith(hiddenAt);
    stop();
  });
  it('stopped, it hears nothing more', () => {
    setVisibility('visible');
    const { events, minute, stop } = watched();
    stop();
    minute(2 * 60 * MIN);
    setVisibility('hidden');
    expect(events.back).not.toHaveBeenCalled();
    expect(events.left).not.toHaveBeenCalled();
  });
});
