import type { ManifestOptions } from 'vite-plugin-pwa';

/** The web app manifest: everything a browser needs to install Lull. */
export const manifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'Lull: bedtime routine',
  short_name: 'Lull',
  description:
    'A calm, offline wind-down for the end of the day: sleep habits, calf stretches, slow breathing and nature sounds that fade as you fall asleep.',
  lang: 'en',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  theme_color: '#0b0d14',
  background_color: '#0b0d14',
  categories: ['health', 'lifestyle'],
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    {
      src: '/icons/icon-maskable-512.png',
      sizes: '512x512',
      type: 'image/png',
      purpose: 'maskable',
    },
  ],
  screenshots: [
    {
      src: '/screenshots/narrow.png',
      sizes: '540x1200',
      type: 'image/png',
      form_factor: 'narrow',
      label: 'Tonight in Lull',
    },
    {
      src: '/screenshots/wide.png',
      sizes: '1280x720',
      type: 'image/png',
      form_factor: 'wide',
      label: 'Lull on a larger screen',
    },
  ],
  // Shortcuts to the main journeys; each is added with its screen (the build test checks).
  shortcuts: [
    { name: 'Breathe', short_name: 'Breathe', url: '/breathe' },
    { name: 'Start the wind-down', short_name: 'Routine', url: '/routine' },
    { name: 'Sounds', short_name: 'Sounds', url: '/sounds' },
    { name: 'Log last night', short_name: 'Log night', url: '/check-in' },
  ],
};
