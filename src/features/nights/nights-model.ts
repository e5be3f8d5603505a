import { computed, signal } from '@preact/signals';
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
  diary: Pick<DiaryStore, 'all'>;
  settings: SettingsAccess<{ schedule: Schedule }>;
  clock?: Clock;
  timeZone?: () => string;
  save?: (name: string, type: string, contents: string) => void;
}

/** Patterns look at the last four weeks: recent enough to be about how nights go now. */
const PATTERN_NIGHTS = 28;

/**
 * /nights: the diary read from its store, a page of two weeks at a time (0 = the latest), the
 * 7- and 14-night summaries of that page, and the patterns and doctor note of the latest nights.
 */
export function createNightsModel({
  diary,
  settings,
  clock = systemClock,
  timeZone = deviceTimeZone,
  save = downloadFile,
}: NightsDeps) {
  const stored = signal<(NightEntry | UnreadableNight)[] | null>(null);
  const pagesBack = signal(0);
  const exported = signal<string | null>(null);
  // Last night: the evening before today's date, wherever the device is now.
  const today = () => dateKey(wallClockAt(clock.now(), timeZone()));
  const lastNight = signal(dateKey(addDays(wallClockAt(clock.now(), timeZone()), -1)));

  const split = computed(() => {
    const { readable, unreadable } = splitReadable(stored.value ?? []);
    return { readable, unreadable, byNight: new Map(readable.map((n) => [n.night, n])) };
  });
  const pageEnd = computed(() => pagesBefore(lastNight.value, pagesBack.value));
  const rows = computed(() =>
    nightRows(
      pageEnd.value,
      split.value.byNight,
      new Set(split.value.unreadable),
      settings.settings.value.schedule,
      timeZone(),
    ),
  );
  const summaries = computed(() =>
    [7, NIGHTS_PER_PAGE].map((length) =>
      summarizeNights(split.value.readable, pageEnd.value, length),
    ),
  );
  const recent = computed(() => {
    const from = pagesBefore(lastNight.value, PATTERN_NIGHTS / NIGHTS_PER_PAGE);
    return split.value.readable.filter((n) => n.night > from && n.night <= lastNight.value);
  });
  const patterns = computed(() => findPatterns(recent.value));
  const doctorNote = computed(() =>
    doctorNoteText(doctorReasons(split.value.readable, lastNight.value)),
  );
  // Stored keys sort as dates: anything before the page's first night is an older page.
  const hasOlder = computed(() => {
    const first = firstNightOf(pageEnd.value);
    const oldest = stored.value?.[0];
    return oldest !== undefined && ('night' in oldest ? oldest.night : oldest.key) < first;
  });

  return {
    /** Null until the diary has been read. */
    stored,
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
      lastNight.value = dateKey(addDays(wallClockAt(clock.now(), timeZone()), -1));
      stored.value = await diary.all();
    },
    older: () => void (hasOlder.value && (pagesBack.value += 1)),
    newer: () => void (pagesBack.value = Math.max(0, pagesBack.value - 1)),
    /** "Export nights (CSV)": every night that can be read, oldest first. */
    exportCsv() {
      const name = `lull-nights-${today()}.csv`;
      save(name, 'text/csv;charset=utf-8', diaryToCsv(split.value.readable));
      exported.value = t('csv.done', { name });
    },
  };
}

/** The Nights model. */
export type NightsModel = ReturnType<typeof createNightsModel>;
