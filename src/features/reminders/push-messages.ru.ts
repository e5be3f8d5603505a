import type { Translation } from '../../lib/messages';
import type { tp } from './push-messages';

/** Russian for reminders from Lull's server. */
export default {
  'can.closed.push':
    'Уведомление при каждом напоминании от сервера Lull. Календарь тоже может напомнить.',
  'can.closed.pending':
    'Сервер Lull, как только получит ваше последнее расписание: Lull попробует снова, когда вы вернётесь. А пока — календарь.',
  'can.closed.offer': 'Только календарь, если не включить «Напоминать, даже когда Lull закрыт».',
  'can.closed.blocked':
    'Только календарь: уведомления заблокированы, поэтому сервер Lull не может напомнить.',
  'can.closed.install':
    'Пока только календарь. Сначала добавьте Lull на экран «Домой», и сервер Lull тоже сможет напоминать.',
  'push.toggle': 'Напоминать, даже когда Lull закрыт',
  'push.problem.unreachable':
    'Сервер Lull сейчас недоступен. Ваш выбор сохранён, Lull попробует снова, когда вы вернётесь.',
  'push.problem.refused':
    'Сервер Lull не принял это изменение. Ваш выбор сохранён, Lull попробует снова при следующем изменении.',
  'push.problem.subscribe':
    'Этот браузер сейчас не смог подключить напоминания от сервера Lull. Lull попробует снова, когда вы вернётесь.',
} satisfies Translation<typeof tp>;
