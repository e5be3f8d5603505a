import { messages } from '../messages';

/** Words for a length of time, shared by every timed screen (breathing, stretches). */
export const t = messages('lib/time/messages', {
  en: {
    minutesSeconds: '{minutes} min {seconds} s',
    minutes: '{minutes} min',
    seconds: '{seconds} s',
  },
});
