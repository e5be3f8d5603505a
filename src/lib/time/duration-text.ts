import { currentLocale } from '../messages';
import { t } from './messages';

/** "1 min 16 s", "5 min", "40 s": a length for reading. */
export function formatDuration(totalSeconds: number): string {
  const rounded = Math.max(0, Math.round(totalSeconds));
  const minutes = Math.floor(rounded / 60);
  const seconds = rounded % 60;
  if (minutes === 0) return t('seconds', { seconds });
  if (seconds === 0) return t('minutes', { minutes });
  return t('minutesSeconds', { minutes, seconds });
}

/** "4:05": time left on a clock face. */
export function formatClock(totalSeconds: number): string {
  const rounded = Math.max(0, Math.ceil(totalSeconds));
  return `${Math.floor(rounded / 60)}:${String(rounded % 60).padStart(2, '0')}`;
}

/** "5.5 s": a phase length, to a tenth of a second. */
export function formatSeconds(seconds: number): string {
  return t('seconds', {
    seconds: seconds.toLocaleString(currentLocale(), { maximumFractionDigits: 1 }),
  });
}
