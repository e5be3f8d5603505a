/** A calendar date with no time and no zone: the date on a wall calendar. */
export interface CivilDate {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (proleptic Gregorian), for arithmetic that ignores zones. */
function epochDay({ year, month, day }: CivilDate): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

function fromEpochDay(days: number): CivilDate {
  const date = new Date(days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The date `days` later (or earlier, when negative). */
export function addDays(date: CivilDate, days: number): CivilDate {
  return fromEpochDay(epochDay(date) + days);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return epochDay(to) - epochDay(from);
}

/** Day of the week, 0 = Sunday to 6 = Saturday, as `Date.prototype.getDay`. */
export function dayOfWeek(date: CivilDate): number {
  return new Date(epochDay(date) * DAY_MS).getUTCDay();
}

/** "2027-03-28": sortable, and a stable key for a night. */
export function dateKey({ year, month, day }: CivilDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** Minutes after midnight of a wall-clock time "HH:MM" (already validated by the settings). */
export function clockMinutes(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** "HH:MM" for minutes after midnight. */
export function clockText(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
}
