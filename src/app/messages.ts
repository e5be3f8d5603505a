import { messages } from '../lib/messages';

/** Words of the app shell: navigation, storage banners, loading, a missing page. */
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
    'storage.memory':
      'Lull cannot save on this device right now (private browsing can cause this). Your changes last until you close Lull.',
    'storage.quota':
      'This device is out of storage space, so your latest change is kept only until you close Lull. Freeing some space will let Lull save again.',
    'storage.reset':
      'A few saved settings could not be read and were set back to their defaults. Everything else is as you left it.',
    'notice.dismiss': 'Dismiss',
    loading: 'Opening Lull',
    'notFound.title': 'Nothing here',
    'notFound.body': 'This page is not part of Lull.',
    'notFound.home': 'Go to Tonight',
  },
});
