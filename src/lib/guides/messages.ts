import { messages } from '../messages';

/**
 * The names of the guided activities that more than one feature shows: a breathing pattern, a
 * calf stretch, a built-in sounds preset (the routine's steps name them too).
 */
export const t = messages('lib/guides/messages', {
  en: {
    'pattern.4-7-8': '4-7-8',
    'pattern.box': 'Box',
    'pattern.resonant': 'Resonant',
    'pattern.long-exhale': 'Long exhale',
    'pattern.custom': 'Custom',
    'stretch.wall-calf': 'Wall calf stretch',
    'stretch.bent-knee': 'Bent-knee wall stretch',
    'stretch.towel': 'Seated towel stretch',
    'stretch.ankle-circles': 'Ankle circles',
    'stretch.toes': 'Toe curls and spreads',
    'preset.rainy-night': 'Rainy night',
    'preset.seaside': 'Seaside',
    'preset.forest-night': 'Forest night',
  },
});
