import { computed, type ReadonlySignal } from '@preact/signals';
import type { EngineState } from '../../lib/audio/sound-engine';
import type { SleepTimer } from '../../lib/audio/sleep-fade';
import { currentLocale } from '../../lib/messages';
import { t } from './messages';

// Made anew each time (once a minute): a kept formatter would keep the time zone it was made in.
const clockTime = (ms: number) =>
  new Intl.DateTimeFormat(currentLocale(), { hour: 'numeric', minute: '2-digit' }).format(ms);

/**
 * What the player says: the state in one sentence, and the minutes the timer has left. `now`
 * is on the timer's clock; `wallNow` reads the device's clock, on which the end is shown.
 */
export function createStatus(
  status: ReadonlySignal<EngineState>,
  timer: ReadonlySignal<SleepTimer | null>,
  now: ReadonlySignal<number>,
  wallNow = () => now.peek(),
) {
  const fading = computed(() => {
    const running = timer.value;
    return running !== null && now.value >= running.endsAt - running.fadeMs;
  });
  const minute = computed(() => Math.floor(now.value / 60_000));
  // Written again each minute: a new time zone, or a clock set while the timer runs (which
  // the timer's clock leaves out), shows in the end's clock time within one.
  const until = (running: SleepTimer) => {
    void minute.value;
    return clockTime(running.endsAt - now.peek() + wallNow());
  };

  /** One sentence (shown in a live region: it changes with the state, not every second). */
  const text = computed(() => {
    const running = timer.value;
    switch (status.value) {
      case 'starting':
        return t('status.starting');
      case 'playing':
        if (!running) return t('status.playing');
        return fading.value
          ? t('status.fading', { time: until(running) })
          : t('status.playingUntil', { time: until(running) });
      case 'paused':
        return t('status.paused');
      case 'interrupted':
        return t('status.interrupted');
      case 'ended':
        return t('status.ended');
      case 'failed':
        return t('status.failed');
      default:
        return t('status.idle');
    }
  });

  /** Whole minutes left on the timer (rounded up), or null without one. */
  const remainingMinutes = computed(() => {
    const running = timer.value;
    return running ? Math.max(0, Math.ceil((running.endsAt - now.value) / 60_000)) : null;
  });

  return { text, remainingMinutes, fading };
}
