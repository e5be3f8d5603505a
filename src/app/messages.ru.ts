import type { Translation } from '../lib/messages';
import type { t } from './messages';

/** Russian for the app shell: navigation, storage banners, loading, a missing page. */
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
  'storage.memory':
    'Сейчас Lull не может сохранять данные на этом устройстве (так бывает в режиме инкогнито). Ваши изменения сохранятся, пока вы не закроете Lull.',
  'storage.quota':
    'На устройстве закончилось место, поэтому последнее изменение сохранится только до закрытия Lull. Освободите немного места, и Lull снова сможет сохранять.',
  'storage.reset':
    'Некоторые сохранённые настройки не удалось прочитать, и они возвращены к исходным. Всё остальное осталось как было.',
  'notice.dismiss': 'Закрыть',
  loading: 'Lull открывается',
  'notFound.title': 'Здесь ничего нет',
  'notFound.body': 'Этой страницы нет в Lull.',
  'notFound.home': 'На «Сегодня»',
} satisfies Translation<typeof t>;
