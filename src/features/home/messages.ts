import { messages } from '../../lib/messages';

/** Words of the Tonight screen. */
export const t = messages({
  en: {
    title: 'Tonight',
    welcome:
      'A calm road into sleep. Lull keeps everything on this device and works without a connection.',
    'next.heading': 'Make it yours',
    'next.settings': 'Choose a theme that is easy on your eyes in the dark.',
    'next.settingsLink': 'Open settings',
    'next.about': 'Read what Lull is for, and when to talk to a doctor.',
    'next.aboutLink': 'About Lull',
  },
});
