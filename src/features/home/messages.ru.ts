import type { Translation } from '../../lib/messages';
import type { t } from './messages';

/** Russian for the Tonight screen. */
export default {
  title: 'Сегодня',
  'windDown.in': 'Подготовка ко сну через {time}',
  'windDown.now': 'Пора готовиться ко сну',
  'windDown.at': 'в {time}',
  'windDown.since': 'с {time}',
  'bedtime.in': 'Отход ко сну через {time}',
  'bedtime.at': 'в {time}',
  'windDown.start': 'Начать подготовку',
  asleep: 'Пора спать. Отдыхайте, спешить некуда.',
  'asleep.next': 'Следующая подготовка ко сну через {time}, в {at}.',
  'streak.one': '{count} ночь подряд с вашим ритуалом',
  'streak.few': '{count} ночи подряд с вашим ритуалом',
  'streak.many': '{count} ночей подряд с вашим ритуалом',
  'streak.other': '{count} ночи подряд с вашим ритуалом',
  'schedule.link': 'Изменить расписание',
  'checkIn.offer': 'Как вы спали?',
  'more.settings': 'Настройки',
  'more.about': 'О Lull',
  'duration.hm': '{hours} ч {minutes} мин',
  'duration.h': '{hours} ч',
  'duration.m': '{minutes} мин',
} satisfies Translation<typeof t>;
