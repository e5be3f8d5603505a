import { afterEach, describe, it, expect } from 'vitest';
import { holdBusy, isBusy, onBusyChange } from '../../src/lib/busy';

// Busy state is shared by the whole page: every test releases what it holds.
const releases: (() => void)[] = [];
const stops: (() => void)[] = [];
const hold = (reason: string) => {
  const release = holdBusy(reason);
  releases.push(release);
  return release;
};
afterEach(() => {
  releases.splice(0).forEach((release) => release());
  stops.splice(0).forEach((stop) => stop());
});

function watch() {
  const changes: boolean[] = [];
  stops.push(onBusyChange((busy) => changes.push(busy)));
  return changes;
}

describe('busy', () => {
  it('is idle with nothing held', () => {
    expect(isBusy()).toBe(false);
  });

  it('is busy while anything holds it', () => {
    const changes = watch();
    const releaseBreathing = hold('breathing');
    const releaseSound = hold('sound');
    expect(isBusy()).toBe(true);
    releaseBreathing();
    expect(isBusy()).toBe(true);
    releaseSound();
    expect(isBusy()).toBe(false);
    expect(changes).toEqual([true, false]);
  });

  it('takes a double release as one', () => {
    const changes = watch();
    const releaseTimer = hold('timer');
    const releaseSound = hold('sound');
    releaseTimer();
    releaseTimer();
    expect(isBusy()).toBe(true);
    releaseSound();
    releaseSound();
    expect(isBusy()).toBe(false);
    expect(changes).toEqual([true, false]);
  });

  it('keeps holds with the same reason apart', () => {
    const first = hold('sound');
    hold('sound');
    first();
    expect(isBusy()).toBe(true);
  });

  it('tells every listener, until it stops listening', () => {
    const one = watch();
    const two: boolean[] = [];
    const stopTwo = onBusyChange((busy) => two.push(busy));
    hold('routine')();
    stopTwo();
    hold('routine')();
    expect(one).toEqual([true, false, true, false]);
    expect(two).toEqual([true, false]);
  });
});
