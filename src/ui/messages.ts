import { messages } from '../lib/messages';

/** Words of the shared UI pieces. */
export const t = messages({
  en: {
    'document.title': '{screen} · Lull',
  },
});
