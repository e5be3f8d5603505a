import { messages } from '../../lib/messages';

/** Words of the shell's storage banners: saving only in memory, a full disk, settings reset. */
export const t = messages('app/notices/messages', {
  en: {
    'storage.memory':
      'Lull cannot save on this device right now (private browsing can cause this). Your changes last until you close Lull.',
    'storage.quota':
      'This device is out of storage space, so your latest change is kept only until you close Lull. Freeing some space will let Lull save again.',
    'storage.reset':
      'A few saved settings could not be read and were set back to their defaults. Everything else is as you left it.',
    'notice.dismiss': 'Dismiss',
  },
});
