import { messages } from '../lib/messages';

/** Words of the shared UI pieces. */
export const t = messages('ui/messages', {
  en: {
    'document.title': '{screen} · Lull',
  },
});
