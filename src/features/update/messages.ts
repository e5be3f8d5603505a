import { messages } from '../../lib/messages';

/** Words of the update prompt. */
export const t = messages('features/update/messages', {
  en: {
    ready: 'A new version of Lull is ready.',
    apply: 'Reload now',
    later: 'Later',
    elsewhereBusy:
      'Lull was updated in another tab. This one carries on, and reloads once you have finished.',
    elsewhereDone: 'Lull was updated in another tab. Reload this one to use it.',
  },
});
