import type { Translation } from '../../lib/messages';
import type { t } from './messages';

/** Russian for the shell's storage banners. */
export default {
  'storage.memory':
    'Сейчас Lull не может сохранять данные на этом устройстве (так бывает в режиме инкогнито). Ваши изменения сохранятся, пока вы не закроете Lull.',
  'storage.quota':
    'На устройстве закончилось место, поэтому последнее изменение сохранится только до закрытия Lull. Освободите немного места, и Lull снова сможет сохранять.',
  'storage.reset':
    'Некоторые сохранённые настройки не удалось прочитать, и они возвращены к исходным. Всё остальное осталось как было.',
  'notice.dismiss': 'Закрыть',
} satisfies Translation<typeof t>;
