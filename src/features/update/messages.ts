import { messages } from '../../lib/messages';

/** Words of the update prompt. */
export const t = messages({
  en: {
    ready: 'A new version of Lull is ready.',
    apply: 'Reload now',
    later: 'Later',
  },
});
