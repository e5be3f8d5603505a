import type { Translation } from '../../lib/messages';
import type { t } from './messages';

/** Russian for the recovery screen, shown instead of a blank page when something breaks. */
export default {
  title: 'Что-то пошло не так',
  reload: 'Перезагрузить',
  body: 'На этом экране возникла ошибка. Ваши настройки и записи в безопасности на этом устройстве.',
  export: 'Экспорт данных',
  exportHint: 'Если это повторяется, сохраните резервную копию: в ней будет всё, что хранит Lull.',
  home: 'На «Сегодня»',
} satisfies Translation<typeof t>;
