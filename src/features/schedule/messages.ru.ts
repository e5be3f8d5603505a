import type { Translation } from '../../lib/messages';
import type { t } from './messages';

/** Russian for the schedule screen and the calendar file it makes. */
export default {
  title: 'Режим сна',
  intro:
    'Одно и то же время отхода ко сну и подъёма каждый день, включая выходные, — основа спокойного ритуала. Lull живёт по часам того места, где вы находитесь.',
  'form.legend': 'Ваши ночи',
  'form.same': 'Каждую ночь одинаково',
  'form.split': 'Будни и выходные',
  'form.splitHint':
    'Одно время для ночей на понедельник — пятницу, другое — для ночей на субботу и воскресенье.',
  'form.each': 'Для каждой ночи своё',
  'group.every': 'Каждая ночь',
  'group.weeknights': 'Перед буднями',
  'group.weeknightsHint': 'Ночи на понедельник — пятницу',
  'group.weekend': 'Перед выходными',
  'group.weekendHint': 'Ночи на субботу и воскресенье',
  'group.differs': 'Сейчас у этих ночей разное время. Изменение здесь задаст его для всех.',
  'night.mon': 'Ночь на вторник',
  'night.tue': 'Ночь на среду',
  'night.wed': 'Ночь на четверг',
  'night.thu': 'Ночь на пятницу',
  'night.fri': 'Ночь на субботу',
  'night.sat': 'Ночь на воскресенье',
  'night.sun': 'Ночь на понедельник',
  bedtime: 'Отход ко сну',
  wake: 'Подъём',
  afterMidnight: 'Если ложиться после полуночи, это уже раннее утро следующего дня.',
  'lead.label': 'Начинать подготовку',
  'lead.option': 'За {minutes} мин до сна',
  'sleep.heading': 'Время в постели',
  'sleep.everyNight': 'Каждую ночь',
  'sleep.average': 'В среднем за неделю',
  'duration.hm': '{hours} ч {minutes} мин',
  'duration.h': '{hours} ч',
  'duration.m': '{minutes} мин',
  'calendar.heading': 'Напоминания, когда Lull закрыт',
  'calendar.body':
    'Календарь может напомнить, что пора готовиться ко сну, даже когда Lull закрыт. После изменений добавьте расписание снова: те же события обновятся.',
  'calendar.add': 'Добавить в календарь',
  'calendar.downloaded':
    'Файл {file} сохранён. Откройте его, чтобы добавить время отхода ко сну в календарь.',
  'calendar.shared': 'Отправлено. Приложение календаря добавит время отхода ко сну оттуда.',
  'calendar.summary': 'Отход ко сну',
  'calendar.description':
    'Подготовка ко сну начинается за {lead} мин до сна: приглушите свет, отложите экраны. От Lull.',
  'calendar.alarm': 'Пора готовиться ко сну: ложиться через {lead} мин.',
  'calendar.shareTitle': 'Расписание сна',
  back: 'На «Сегодня»',
} satisfies Translation<typeof t>;
