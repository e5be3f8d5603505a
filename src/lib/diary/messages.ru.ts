import type { Translation } from '../messages';
import type { t } from './messages';

/** Russian for the diary's shared words: patterns as observations with counts, never causes. */
export default {
  'problem.required': 'Пожалуйста, ответьте на этот вопрос.',
  'problem.wholeMinutes': 'Укажите целое число минут, не больше 24 часов.',
  'problem.wakingsCount': 'Укажите целое число от 0 до 99.',
  'problem.unknownNight': 'Эту ночь нельзя сохранить. Пожалуйста, выберите ночь снова.',
  'problem.intoBedOtherNight':
    'Это другая ночь: если лечь после полуночи, это всё равно относится к предыдущей ночи.',
  'problem.triedBeforeIntoBed':
    'Попытка уснуть бывает после того, как легли в постель. Пожалуйста, проверьте время.',
  'problem.finalWakingBeforeTried':
    'Последнее пробуждение бывает после попытки уснуть. Пожалуйста, проверьте время.',
  'problem.finalWakingAfterOutOfBed':
    'Последнее пробуждение бывает до того, как встали с постели. Пожалуйста, проверьте время.',
  'problem.outOfBedBeforeIntoBed':
    'Встать с постели можно только после того, как легли. Пожалуйста, проверьте время.',
  'problem.nightTooLong': 'Получается больше 24 часов в постели. Пожалуйста, проверьте даты.',
  'problem.fallAsleepLongerThanNight':
    'Засыпание длилось дольше, чем время от попытки уснуть до последнего пробуждения.',
  'problem.wakingsLongerThanNight':
    'Пробуждения в сумме длятся дольше, чем время от засыпания до последнего пробуждения.',
  'problem.awakeWithoutWakings':
    'Вы указали, что не просыпались. Укажите, сколько раз вы просыпались.',
  'problem.inTheFuture': 'Это время ещё не наступило.',
  'problem.wokeWithoutJerk': 'Вы указали, что вздрагиваний не было. Укажите, сколько их было.',
  'problem.legWithoutCramp': 'Вы указали, что судороги не было. Укажите, сколько их было.',
  'problem.noteTooLong': 'Пожалуйста, уложите комментарий в 500 символов.',

  'with.caffeine-late': 'с кофеином примерно после 14:00',
  'with.alcohol': 'с алкоголем',
  'with.nicotine': 'с никотином',
  'with.heavy-late-meal': 'с плотной едой поздно вечером',
  'with.hard-late-exercise': 'с тяжёлой тренировкой поздно вечером',
  'with.busy-mind': 'с напряжённым или беспокойным вечером',
  'with.cold-feet': 'с холодными ногами',
  'did.stretches': 'делали растяжку икр',
  'did.breathing': 'делали дыхательное упражнение',
  'pattern.jerk-woke.factor':
    'Ночи {with}: вздрагивание при засыпании будило вас в {withCount} из {withNights}. Ночи без этого: в {withoutCount} из {withoutNights}.',
  'pattern.jerk-woke.step':
    'Ночи, когда вы {did}: вздрагивание при засыпании будило вас в {withCount} из {withNights}. Ночи без этого: в {withoutCount} из {withoutNights}.',
  'pattern.cramp.factor':
    'Ночи {with}: судорога была в {withCount} из {withNights}. Ночи без этого: в {withoutCount} из {withoutNights}.',
  'pattern.cramp.step':
    'Ночи, когда вы {did}: судорога была в {withCount} из {withNights}. Ночи без этого: в {withoutCount} из {withoutNights}.',
  'pattern.tryAWeekWithout':
    'Если хотите, попробуйте неделю без этого и посмотрите, как пройдут ночи.',

  'doctor.jerksWaking':
    'Вздрагивание при засыпании будило вас в {count} из последних {of} записанных ночей.',
  'doctor.daytimeTwitching': 'Подёргивания днём были в {count} из последних {of} записанных дней.',
  'doctor.cramps': 'Судорога была в {count} из последних {of} записанных ночей.',
  'doctor.poorSleep': 'Последние три недели вы плохо спали большую часть ночей.',
  'doctor.advice':
    'Если это продолжается, стоит поговорить с врачом. Сводка по вашим ночам может помочь.',

  'csv.night': 'Ночь (дата вечера)',
  'csv.timeZone': 'Часовой пояс',
  'csv.intoBed': 'Во сколько вы легли в постель?',
  'csv.triedToSleep': 'Во сколько вы попытались уснуть?',
  'csv.minutesToFallAsleep': 'Сколько времени вы засыпали? (в минутах)',
  'csv.wakings': 'Сколько раз вы просыпались, не считая последнего пробуждения?',
  'csv.minutesAwake': 'Сколько в сумме длились эти пробуждения? (в минутах)',
  'csv.finalWaking': 'Во сколько вы проснулись окончательно?',
  'csv.outOfBed': 'Во сколько вы встали с постели?',
  'csv.quality': 'Как вы оцениваете качество своего сна?',
  'csv.rested': 'Насколько вы отдохнули, когда проснулись?',
  'csv.jerks': 'Вздрагивания или ощущение падения при засыпании',
  'csv.jerkWokeMe': 'Вздрагивание разбудило вас?',
  'csv.cramp': 'Судорога в икре или стопе ночью',
  'csv.crampLeg': 'Какая нога?',
  'csv.daytimeTwitching': 'Подёргивания днём, когда вы не спали',
  'csv.factor': 'Ночь {with}',
  'csv.windDownDone': 'Сделанные шаги подготовки ко сну',
  'csv.note': 'Комментарий',
  'csv.savedAt': 'Сохранено',
  'csv.timeInBed': 'Время в постели (минуты)',
  'csv.totalSleep': 'Общее время сна (минуты)',
  'csv.efficiency': 'Эффективность сна (%)',
} satisfies Translation<typeof t>;
