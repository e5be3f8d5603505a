import type { Translation } from '../messages';
import type { t } from './reminder-words';

/** Russian for a reminder shown by the service worker: the same words as the page's. */
export default {
  'windDown.title': 'Пора готовиться ко сну',
  'windDown.body': 'Отход ко сну в {time}. Приглушите свет, отложите экраны.',
  'bedtime.title': 'Пора спать',
  'bedtime.body': 'Гасите свет, и пусть дела подождут до завтра. Спокойной ночи.',
  'wake.title': 'Заполнить прошлую ночь?',
  'wake.body': 'Пара касаний о том, как вы спали, пока ночь ещё свежа в памяти.',
  'action.start': 'Начать подготовку',
  'action.snooze': 'Отложить на 10 мин',
} satisfies Translation<typeof t>;
