import { batch, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Clock } from '../../lib/time/clock';

/** How often, at most, the level and the clock are read. */
const READ_EVERY_MS = 100;
/** How long after sound stops the level is read once more (to catch the end of a fade). */
const SETTLE_MS = 1000;

/**
 * The output level and the time, for the meter and the countdown: read on animation frames
 * (at most ten times a second) while `active`, once more a moment after it ends, and never
 * otherwise: an idle screen does no work.
 */
export function createReadout(
  readLevel: () => number,
  active: ReadonlySignal<boolean>,
  clock: Clock,
  frames: (onFrame: () => void) => () => void,
) {
  const level = signal(-Infinity);
  const now = signal(clock.now());
  let stopFrames: (() => void) | null = null;
  let settle: ReturnType<typeof setTimeout> | undefined;
  let lastRead = -Infinity;

  const read = () => {
    const time = clock.now();
    if (time - lastRead < READ_EVERY_MS) return;
    lastRead = time;
    batch(() => {
      level.value = readLevel();
      now.value = time;
    });
  };

  const stopWatching = effect(() => {
    const running = active.value;
    clearTimeout(settle);
    if (running && !stopFrames) stopFrames = frames(read);
    if (!running && stopFrames)
      settle = setTimeout(() => {
        lastRead = -Infinity;
        read();
        stopFrames?.();
        stopFrames = null;
      }, SETTLE_MS);
  });

  return {
    level,
    now,
    dispose() {
      stopWatching();
      clearTimeout(settle);
      stopFrames?.();
    },
  };
}
