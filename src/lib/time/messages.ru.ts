import type { Translation } from '../messages';
import type { t } from './messages';

/** Russian for a length of time, shared by every timed screen. */
export default {
  minutesSeconds: '{minutes} мин {seconds} с',
  minutes: '{minutes} мин',
  seconds: '{seconds} с',
} satisfies Translation<typeof t>;
