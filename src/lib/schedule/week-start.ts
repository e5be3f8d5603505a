import { weekdayOfDay, weekdays, type Weekday } from './schedule';

/** CLDR's week data: firstDay 1 = Monday … 7 = Sunday. */
interface WeekInfo {
  firstDay: number;
}
// Chromium 130+ has getWeekInfo(); Chromium 99 to 129 and Safari 17 had a weekInfo getter;
// Firefox has neither (2025), so a fallback: Sunday for English as Lull formats it (en-US),
// Monday for Russian and Chinese.
type WithWeekInfo = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

/** The night a week starts on in `locale`'s calendars: 'sun' in American English, else 'mon'. */
export function firstNightOfWeek(locale: string): Weekday {
  const tag = new Intl.Locale(locale) as WithWeekInfo;
  const firstDay =
    (tag.getWeekInfo?.() ?? tag.weekInfo)?.firstDay ?? (tag.language === 'en' ? 7 : 1);
  return weekdayOfDay[firstDay % 7];
}

/** The nights of the week in the order `locale`'s calendars show them. */
export function weekIn(locale: string): Weekday[] {
  const first = weekdays.indexOf(firstNightOfWeek(locale));
  return [...weekdays.slice(first), ...weekdays.slice(0, first)];
}
