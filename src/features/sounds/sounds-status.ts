import { computed, type ReadonlySignal } from '@preact/signals';
import type { EngineState } from '../../lib/audio/sound-engine';
import type { SleepTimer } from '../../lib/audio/sleep-fade';
import { t } from './messages';

const clockTime = (ms: number) =>
  new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(ms);

/** What the player says: the state in one sentence, and the minutes the timer has left. */
export function createStatus(
  status: ReadonlySignal<EngineState>,
  timer: ReadonlySignal<SleepTimer | null>,
  now: ReadonlySignal<number>,
) {
  const fading = computed(() => {
    const running = timer.value;
    return running !== null && now.value >= running.endsAt - running.fadeMs;
  });

  /** One sentence (shown in a live region: it changes with the state, not every second). */
  const text = computed(() => {
    const running = timer.value;
    switch (status.value) {
      case 'starting':
        return t('status.starting');
      case 'playing':
        if (!running) return t('status.playing');
        return fading.value
          ? t('status.fading', { time: clockTime(running.endsAt) })
          : t('status.playingUntil', { time: clockTime(running.endsAt) });
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
