import { messages } from '../../lib/messages';

/** Words of the install offer. */
export const t = messages('features/install/messages', {
  en: {
    offer: 'Put Lull on your home screen: it opens like an app and works with no connection.',
    install: 'Install Lull',
    'ios.open': 'Add Lull to your Home Screen',
    'ios.title': 'Add Lull to your Home Screen',
    'ios.share': 'Tap the Share button in Safari’s toolbar.',
    'ios.add': 'Choose “Add to Home Screen”, then “Add”.',
    'ios.open-from-home': 'Open Lull from its new icon. Your settings come with it.',
    'ios.close': 'Done',
  },
});
