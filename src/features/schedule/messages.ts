import { messages } from '../../lib/messages';
import type { Weekday } from '../../lib/schedule/schedule';

/** Words of the schedule screen and of the calendar file it makes. */
export const t = messages('features/schedule/messages', {
  en: {
    title: 'Sleep schedule',
    intro:
      'The same bedtime and wake time every day, weekends included, is the heart of a calm routine. Lull keeps to the clock of wherever you are.',
    'form.legend': 'Your nights',
    'form.same': 'The same every night',
    'form.split': 'Weeknights and weekend nights',
    'form.splitHint': 'One time for Sunday to Thursday, another for Friday and Saturday.',
    'form.each': 'Each night on its own',
    'group.every': 'Every night',
    'group.weeknights': 'Weeknights',
    'group.weeknightsHint': 'Sunday to Thursday night',
    'group.weekend': 'Weekend nights',
    'group.weekendHint': 'Friday and Saturday night',
    'group.differs': 'These nights have different times now. A change here sets them all.',
    'night.mon': 'Monday night',
    'night.tue': 'Tuesday night',
    'night.wed': 'Wednesday night',
    'night.thu': 'Thursday night',
    'night.fri': 'Friday night',
    'night.sat': 'Saturday night',
    'night.sun': 'Sunday night',
    bedtime: 'Bedtime',
    wake: 'Wake time',
    afterMidnight: 'A bedtime after midnight is early the next morning.',
    'lead.label': 'Start winding down',
    'lead.option': '{minutes} minutes before bedtime',
    'sleep.heading': 'Time in bed',
    'sleep.everyNight': 'Every night',
    'sleep.average': 'Week average',
    'duration.hm': '{hours} h {minutes} min',
    'duration.h': '{hours} h',
    'duration.m': '{minutes} min',
    'calendar.heading': 'Reminders when Lull is closed',
    'calendar.body':
      'Your calendar can remind you when it is time to wind down, even when Lull is closed. After a change, add it again: the same events are updated.',
    'calendar.add': 'Add to calendar',
    'calendar.downloaded': 'Saved {file}. Open it to add your bedtimes to your calendar.',
    'calendar.shared': 'Shared. Your calendar app adds your bedtimes from there.',
    'calendar.summary': 'Bedtime',
    'calendar.description':
      'Wind-down starts {lead} minutes before bedtime: lights low, screens away. From Lull.',
    'calendar.alarm': 'Time to wind down: bedtime in {lead} minutes.',
    'calendar.shareTitle': 'Bedtime schedule',
    back: 'Back to Tonight',
  },
});

/** "7 h 30 min", "8 h", "45 min". */
export function formatDuration(totalMinutes: number): string {
  const rounded = Math.round(totalMinutes);
  const hours = Math.floor(rounded / 60);
  const minutes = rounded % 60;
  if (hours === 0) return t('duration.m', { minutes });
  return minutes === 0 ? t('duration.h', { hours }) : t('duration.hm', { hours, minutes });
}

const nightNames: Record<Weekday, () => string> = {
  mon: () => t('night.mon'),
  tue: () => t('night.tue'),
  wed: () => t('night.wed'),
  thu: () => t('night.thu'),
  fri: () => t('night.fri'),
  sat: () => t('night.sat'),
  sun: () => t('night.sun'),
};

/** The name of a night of the week ("Friday night"). */
export const nightLabel = (night: Weekday) => nightNames[night]();
