import type { Translation } from '../../lib/messages';
import type { t } from './messages';

/** Russian for the install offer. */
export default {
  offer:
    'Добавьте Lull на главный экран: он откроется как приложение и будет работать без интернета.',
  install: 'Установить Lull',
  'ios.open': 'Добавить Lull на экран «Домой»',
  'ios.title': 'Добавьте Lull на экран «Домой»',
  'ios.share': 'Нажмите кнопку «Поделиться» на панели Safari.',
  'ios.add': 'Выберите «На экран „Домой“», затем «Добавить».',
  'ios.open-from-home': 'Откройте Lull с новой иконки. Ваши настройки перейдут туда же.',
  'ios.close': 'Готово',
} satisfies Translation<typeof t>;
