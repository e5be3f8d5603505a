import type { Translation } from '../messages';
import type { t } from './messages';

/** Simplified Chinese for a length of time, shared by every timed screen. */
export default {
  minutesSeconds: '{minutes}分{seconds}秒',
  minutes: '{minutes}分钟',
  seconds: '{seconds}秒',
} satisfies Translation<typeof t>;
