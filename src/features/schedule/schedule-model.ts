import { computed, signal } from '@preact/signals';
import { buildBedtimeCalendar } from '../../lib/calendar/bedtime-calendar';
import { shareOrDownloadCalendar, type CalendarHandoff } from '../../lib/calendar/share-calendar';
import {
  sleepMinutes,
  timesFor,
  weekAverageMinutes,
  weekdays,
  weekendNights,
  weeknights,
  type NightTimes,
  type Weekday,
} from '../../lib/schedule/schedule';
import { deviceTimeZone } from '../../lib/schedule/zoned-time';
import { currentLocale } from '../../lib/messages';
import { systemClock, type Clock } from '../../lib/time/clock';
import type { SettingsAccess } from '../../lib/settings/settings-access';
import type { ScheduleSettings } from './schedule-settings';
import { t } from './messages';

/** How the nights are set: one time for all, weeknights and weekend nights, or each night. */
export type WeekForm = 'same' | 'split' | 'each';

/** The nights a form field sets: all (every night), a group, or one night. */
export type NightGroup = 'every' | 'weeknights' | 'weekend' | Weekday;

/** The night whose times a group's fields show. */
export const groupShows: Record<'weeknights' | 'weekend', Weekday> = {
  weeknights: 'mon',
  weekend: 'fri',
};

const groupNights = (group: Exclude<NightGroup, 'every'>): readonly Weekday[] =>
  group === 'weeknights' ? weeknights : group === 'weekend' ? weekendNights : [group];

const VALID_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DEFAULT_NIGHT: NightTimes = { bedtime: '23:00', wake: '07:00' };

/** The calendar file's name. */
export const CALENDAR_FILE = 'lull-bedtime.ics';

/** The schedule screen's state and actions, over the schedule's settings. */
export function createScheduleModel(
  settings: SettingsAccess<{ schedule: ScheduleSettings }>,
  clock: Clock = systemClock,
  timeZone: () => string = deviceTimeZone,
  handOff: typeof shareOrDownloadCalendar = shareOrDownloadCalendar,
) {
  const schedule = computed(() => settings.settings.value.schedule);
  const form = computed<WeekForm>(() =>
    schedule.value.sameEveryDay ? 'same' : schedule.value.perNightForm,
  );
  const nightMinutes = computed(() =>
    weekdays.map((night) => ({ night, minutes: sleepMinutes(timesFor(schedule.value, night)) })),
  );
  const averageMinutes = computed(() => weekAverageMinutes(schedule.value));
  const calendarResult = signal<CalendarHandoff | null>(null);

  /** True when the nights of a group do not all have the same times. */
  const groupDiffers = (group: 'weeknights' | 'weekend') => {
    const times = groupNights(group).map((night) => schedule.value.nights[night]);
    return times.some((t) => t.bedtime !== times[0].bedtime || t.wake !== times[0].wake);
  };

  return {
    schedule,
    form,
    nightMinutes,
    averageMinutes,
    calendarResult,
    groupDiffers,
    /** The times a field group shows. */
    timesOf(group: NightGroup): NightTimes {
      if (group === 'every') return schedule.value.everyNight;
      const night = group === 'weeknights' || group === 'weekend' ? groupShows[group] : group;
      return schedule.value.nights[night];
    },
    setForm(next: WeekForm) {
      if (next === 'same') return settings.update('schedule.sameEveryDay', true);
      const { nights, everyNight, sameEveryDay } = schedule.value;
      // Nights never set one by one start from the every-night times, not from the defaults.
      const untouched = weekdays.every(
        (night) =>
          nights[night].bedtime === DEFAULT_NIGHT.bedtime &&
          nights[night].wake === DEFAULT_NIGHT.wake,
      );
      if (sameEveryDay && untouched)
        weekdays.forEach((night) => settings.update(`schedule.nights.${night}`, { ...everyNight }));
      settings.update('schedule.perNightForm', next);
      settings.update('schedule.sameEveryDay', false);
    },
    /** Sets a bedtime or wake time ("HH:MM") for every night, a group, or one night. */
    setTime(group: NightGroup, field: keyof NightTimes, value: string) {
      if (!VALID_TIME.test(value)) return;
      if (group === 'every') return settings.update(`schedule.everyNight.${field}`, value);
      for (const night of groupNights(group))
        settings.update(`schedule.nights.${night}.${field}`, value);
    },
    setLead(minutes: number) {
      if (Number.isInteger(minutes) && minutes >= 10 && minutes <= 120)
        settings.update('schedule.leadMinutes', minutes);
    },
    /** Shares or downloads the calendar file. Call straight from the tap (Web Share needs it). */
    async addToCalendar() {
      calendarResult.value = null;
      const ics = buildBedtimeCalendar(schedule.value, {
        now: clock.now(),
        timeZone: timeZone(),
        text: {
          summary: t('calendar.summary'),
          description: t('calendar.description', { lead: schedule.value.leadMinutes }),
          alarm: t('calendar.alarm', { lead: schedule.value.leadMinutes }),
          language: currentLocale(),
        },
      });
      calendarResult.value = await handOff(CALENDAR_FILE, ics, t('calendar.shareTitle'));
    },
    forgetCalendarResult() {
      calendarResult.value = null;
    },
  };
}

/** The schedule model's interface. */
export type ScheduleModel = ReturnType<typeof createScheduleModel>;
