import { t } from './messages';

/** "5 min 55 s", "6 min", "40 s": a length for reading. */
export function formatDuration(totalSeconds: number): string {
  const rounded = Math.max(0, Math.round(totalSeconds));
  const minutes = Math.floor(rounded / 60);
  const seconds = rounded % 60;
  if (minutes === 0) return t('duration.seconds', { seconds });
  if (seconds === 0) return t('duration.minutes', { minutes });
  return t('duration.minutesSeconds', { minutes, seconds });
}

/** "4:05": time left on a clock face. */
export function formatClock(totalSeconds: number): string {
  const rounded = Math.max(0, Math.ceil(totalSeconds));
  return `${Math.floor(rounded / 60)}:${String(rounded % 60).padStart(2, '0')}`;
}
