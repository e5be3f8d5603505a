import { messages } from '../lib/messages';

/** Words of the app shell: navigation, loading, a missing page. */
export const t = messages('app/messages', {
  en: {
    brand: 'Lull',
    skip: 'Skip to content',
    'nav.label': 'Main',
    'nav.home': 'Tonight',
    'nav.settings': 'Settings',
    'nav.breathe': 'Breathe',
    'nav.stretch': 'Stretch',
    'nav.sounds': 'Sounds',
    'nav.nights': 'Nights',
    loading: 'Opening Lull',
    'notFound.title': 'Nothing here',
    'notFound.body': 'This page is not part of Lull.',
    'notFound.home': 'Go to Tonight',
  },
});
