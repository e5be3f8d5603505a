import type { Translation } from '../messages';
import type { t } from './messages';

/** Russian names of the breathing patterns, calf stretches and built-in sound presets. */
export default {
  'pattern.4-7-8': '4-7-8',
  'pattern.box': 'Квадрат',
  'pattern.resonant': 'Резонансное',
  'pattern.long-exhale': 'Долгий выдох',
  'pattern.custom': 'Своё',
  'stretch.wall-calf': 'Растяжка икры у стены',
  'stretch.bent-knee': 'У стены, колено согнуто',
  'stretch.towel': 'Сидя с полотенцем',
  'stretch.ankle-circles': 'Круги стопой',
  'stretch.toes': 'Сжать и развести пальцы',
  'preset.rainy-night': 'Дождливая ночь',
  'preset.seaside': 'У моря',
  'preset.forest-night': 'Ночь в лесу',
} satisfies Translation<typeof t>;
