import { signal, type ReadonlySignal } from '@preact/signals';
import type { SleepTimer } from '../../lib/audio/sleep-fade';
import type { Clock } from '../../lib/time/clock';
import { fadeMsFor, sleepTimerFor } from './sleep-timer';
import type { SoundsPrefs, SoundsSettings } from './sounds-settings';

/** What "+15 min" adds. */
const EXTRA_MINUTES = 15;

/**
 * The sleep timer of the sound that plays: when it ends and how long it fades, on `clock`.
 * The length and the fade chosen on Sounds are saved; `playing` says whether a change counts
 * from now.
 */
export function createSleepTimer(
  settings: SoundsSettings,
  prefs: ReadonlySignal<SoundsPrefs>,
  clock: Clock,
  playing: () => boolean,
) {
  const timer = signal<SleepTimer | null>(null);
  // The running timer's whole length (with every "+15 min"), for the cap on its fade.
  let timerMinutes = 0;

  /** Starts the timer now: the length chosen on Sounds, or one a host gives (0: none). */
  function start(minutes = prefs.value.timerMinutes) {
    timerMinutes = minutes;
    timer.value =
      minutes > 0 ? sleepTimerFor(clock.now(), minutes, prefs.value.fadeOutMinutes) : null;
  }

  return {
    timer,
    start,
    /** No timer runs (the sound paused, stopped or ended). */
    clear() {
      timer.value = null;
    },
    /** Chooses the timer (0: until I stop). While playing, it counts from now. */
    setTimerMinutes(minutes: number) {
      settings.update('sounds.timerMinutes', minutes);
      if (playing()) start();
    },
    setFadeOutMinutes(minutes: number) {
      settings.update('sounds.fadeOutMinutes', minutes);
      const running = timer.value;
      if (running) timer.value = { ...running, fadeMs: fadeMsFor(timerMinutes, minutes) };
    },
    /** "+15 min": the running timer ends a quarter of an hour later. */
    addFifteen() {
      const running = timer.value;
      if (!running) return;
      timerMinutes += EXTRA_MINUTES;
      timer.value = {
        endsAt: running.endsAt + EXTRA_MINUTES * 60_000,
        fadeMs: fadeMsFor(timerMinutes, prefs.value.fadeOutMinutes),
      };
    },
  };
}

/** The sleep timer, as the playback starts and clears it. */
export type SleepTimerModel = ReturnType<typeof createSleepTimer>;
