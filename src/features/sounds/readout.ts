import { batch, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Clock } from '../../lib/time/clock';
import { whileShown } from '../../lib/time/while-shown';

/**
 * How often the level and the clock are read while sound plays and the page is shown. Once a
 * second is plenty for a countdown in minutes and a meter only screen readers announce; each
 * reading re-renders the meter and draws a frame (per-thread /proc figures during
 * scripts/bench/sound-cpu.mjs: about 0.7 CPU-s a minute across the page's threads at four).
 */
const READ_EVERY_MS = 1000;
/** How long after sound stops the level is read once more (to catch the end of a fade). */
const SETTLE_MS = 1000;

/**
 * The output level and the time, for the meter and the countdown: read while `active`, once
 * more a moment after it ends, and never otherwise, so an idle screen does no work. Each
 * reading is taken fresh from the clock and the analyser; nothing is counted.
 */
export function createReadout(
  readLevel: () => number,
  active: ReadonlySignal<boolean>,
  clock: Clock,
  watch: (onTick: () => void) => () => void = (onTick) => whileShown(onTick, READ_EVERY_MS),
) {
  const level = signal(-Infinity);
  const now = signal(clock.now());
  let stopWatch: (() => void) | null = null;
  let settle: ReturnType<typeof setTimeout> | undefined;

  const read = () =>
    batch(() => {
      level.value = readLevel();
      now.value = clock.now();
    });

  const stopEffect = effect(() => {
    const running = active.value;
    clearTimeout(settle);
    if (running && !stopWatch) stopWatch = watch(read);
    if (!running && stopWatch)
      settle = setTimeout(() => {
        read();
        stopWatch?.();
        stopWatch = null;
      }, SETTLE_MS);
  });

  return {
    level,
    now,
    dispose() {
      stopEffect();
      clearTimeout(settle);
      stopWatch?.();
    },
  };
}
