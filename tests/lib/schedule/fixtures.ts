import {
  weekdays,
  type NightTimes,
  type Schedule,
  type Weekday,
} from '../../../src/lib/schedule/schedule';

/** The same bedtime and wake every night. */
export function everyNight(bedtime: string, wake: string, leadMinutes = 45): Schedule {
  return {
    sameEveryDay: true,
    everyNight: { bedtime, wake },
    nights: perNight({}),
    leadMinutes,
  };
}

/** Per-night times; nights not given get 23:00 to 07:00. */
export function eachNight(times: Partial<Record<Weekday, NightTimes>>, leadMinutes = 45): Schedule {
  return {
    sameEveryDay: false,
    everyNight: { bedtime: '23:00', wake: '07:00' },
    nights: perNight(times),
    leadMinutes,
  };
}

function perNight(times: Partial<Record<Weekday, NightTimes>>): Record<Weekday, NightTimes> {
  return Object.fromEntries(
    weekdays.map((night) => [night, times[night] ?? { bedtime: '23:00', wake: '07:00' }]),
  ) as Record<Weekday, NightTimes>;
}

/** An instant from an ISO string with an explicit offset ("2026-03-28T22:30+01:00"). */
export const at = (iso: string) => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`Bad test time ${iso}`);
  return ms;
};

/** A civil date from "YYYY-MM-DD". */
export const day = (iso: string) => {
  const [year, month, date] = iso.split('-').map(Number);
  return { year, month, day: date };
};
