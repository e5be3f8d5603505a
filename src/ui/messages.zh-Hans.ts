import type { Translation } from '../lib/messages';
import type { t } from './messages';

/** Simplified Chinese for the shared UI pieces. */
export default {
  'document.title': '{screen} - Lull',
} satisfies Translation<typeof t>;
