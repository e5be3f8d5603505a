import type { Translation } from '../lib/messages';
import type { t } from './messages';

/** Russian for the app shell: navigation, loading, a missing page. */
export default {
  brand: 'Lull',
  skip: 'Перейти к содержимому',
  'nav.label': 'Основное меню',
  'nav.home': 'Сегодня',
  'nav.settings': 'Настройки',
  'nav.breathe': 'Дыхание',
  'nav.stretch': 'Растяжка',
  'nav.sounds': 'Звуки',
  'nav.nights': 'Ночи',
  loading: 'Lull открывается',
  'notFound.title': 'Здесь ничего нет',
  'notFound.body': 'Этой страницы нет в Lull.',
  'notFound.home': 'На «Сегодня»',
} satisfies Translation<typeof t>;
