import { batch, computed, signal } from '@preact/signals';
import { diaryToCsv } from '../../lib/diary/diary-csv';
import { splitReadable, type DiaryStore } from '../../lib/diary/diary-store';
import { doctorNoteText } from '../../lib/diary/diary-words';
import { doctorReasons } from '../../lib/diary/doctor-note';
import type { NightEntry, UnreadableNight } from '../../lib/diary/night-entry';
import { findPatterns } from '../../lib/diary/patterns';
import { summarizeNights } from '../../lib/diary/summary';
import { downloadFile } from '../../lib/download';
import { addDays, dateKey } from '../../lib/schedule/civil-date';
import type { Schedule } from '../../lib/schedule/schedule';
import { deviceTimeZone, wallClockAt } from '../../lib/schedule/zoned-time';
import type { SettingsAccess } from '../../lib/settings/settings-access';
import { systemClock, type Clock } from '../../lib/time/clock';
import { firstNightOf, nightRows, pagesBefore, NIGHTS_PER_PAGE } from './night-rows';
import { t } from './messages';

/** What the Nights model needs from the world (tests pass fakes). */
export interface NightsDeps {
  diary: Pick<DiaryStore, 'all' | 'dates' | 'some'>;
  settings: SettingsAccess<{ schedule: Schedule }>;
  clock?: Clock;
  timeZone?: () => string;
  save?: (name: string, type: string, contents: string) => void;
}

/** Patterns look at the last four weeks: recent enough to be about how nights go now. */
const PATTERN_NIGHTS = 28;

/**
 * /nights: a page of two weeks at a time (0 = the latest), the 7- and 14-night summaries of that
 * page, and the patterns and doctor note of the latest nights. Only the nights these need are
 * read from the store (with every key, which is cheap), so three years open as fast as three
 * weeks; the CSV export reads them all.
 */
export function createNightsModel({
  diary,
  settings,
  clock = systemClock,
  timeZone = deviceTimeZone,
  save = downloadFile,
}: NightsDeps) {
  const dates = signal<string[] | null>(null);
  const read = signal<ReadonlyMap<string, NightEntry | UnreadableNight>>(new Map());
  const pagesBack = signal(0);
  const exported = signal<string | null>(null);
  // Last night: the evening before today's date, wherever the device is now.
  const todayAt = (days: number) => dateKey(addDays(wallClockAt(clock.now(), timeZone()), days));
  const lastNight = signal(todayAt(-1));

  const split = computed(() => {
    const { readable, unreadable } = splitReadable([...read.value.values()]);
    return { readable, unreadable, byNight: new Map(readable.map((n) => [n.night, n])) };
  });
  const pageEnd = computed(() => pagesBefore(lastNight.value, pagesBack.value));
  const rows = computed(() =>
    nightRows(
      pageEnd.value,
      split.value.byNight,
      new Set(split.value.unreadable),
      settings.settings.value.schedule,
    ),
  );
  const summaries = computed(() =>
    [7, NIGHTS_PER_PAGE].map((length) =>
      summarizeNights(split.value.readable, pageEnd.value, length),
    ),
  );
  const recentFrom = () => pagesBefore(lastNight.value, PATTERN_NIGHTS / NIGHTS_PER_PAGE);
  const recent = computed(() =>
    split.value.readable.filter((n) => n.night > recentFrom() && n.night <= lastNight.value),
  );
  const patterns = computed(() => findPatterns(recent.value));
  const doctorNote = computed(() =>
    doctorNoteText(doctorReasons(split.value.readable, lastNight.value)),
  );
  // Stored keys sort as dates: anything before the page's first night is an older page.
  const hasOlder = computed(() => {
    const oldest = dates.value?.[0];
    return oldest !== undefined && oldest < firstNightOf(pageEnd.value);
  });

  /**
   * The nights page `page` needs that are not read yet: its own, the last four weeks (the
   * patterns), and the last 7 logged (the doctor note), all read together.
   */
  async function readFor(keys: readonly string[], page: number, known = read.value) {
    const end = pagesBefore(lastNight.value, page);
    const [start, from, last] = [firstNightOf(end), recentFrom(), lastNight.value];
    const lastSeven = keys.filter((key) => key <= last).slice(-7);
    const wanted = keys.filter(
      (key) =>
        !known.has(key) &&
        ((key >= start && key <= end) || (key > from && key <= last) || lastSeven.includes(key)),
    );
    const nights = await diary.some(wanted);
    const next = new Map(known);
    nights.forEach((night) => next.set('key' in night ? night.key : night.night, night));
    return next;
  }

  return {
    /** The date of every stored night, oldest first; null until the diary has been read. */
    dates,
    pagesBack,
    lastNight,
    rows,
    summaries,
    patterns,
    doctorNote,
    hasOlder,
    /** The name of the last CSV file saved, for the note that says so. */
    exported,
    /** Reads the diary again (each time the screen opens: a check-in may have changed it). */
    async load() {
      lastNight.value = todayAt(-1);
      const keys = await diary.dates();
      const nights = await readFor(keys, pagesBack.value, new Map());
      batch(() => {
        dates.value = keys;
        read.value = nights;
      });
    },
    /** Two weeks back, once their nights are read. */
    async older() {
      if (!hasOlder.value || !dates.value) return;
      const page = pagesBack.value + 1;
      read.value = await readFor(dates.value, page);
      pagesBack.value = page;
    },
    newer: () => void (pagesBack.value = Math.max(0, pagesBack.value - 1)),
    /** "Export nights (CSV)": every night that can be read, oldest first. */
    async exportCsv() {
      const name = `lull-nights-${todayAt(0)}.csv`;
      save(name, 'text/csv;charset=utf-8', diaryToCsv(splitReadable(await diary.all()).readable));
      exported.value = t('csv.done', { name });
    },
  };
}

/** The Nights model. */
export type NightsModel = ReturnType<typeof createNightsModel>;
