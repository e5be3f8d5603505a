import { openDiaryStore, splitReadable, type DiaryStore } from './diary-store';
import { isUnreadable, type NightEntry } from './night-entry';
import { readNight } from './night-reader';

/** What "Export my data" and "Import" need of the diary, loaded only when one of them runs. */
export interface DiaryBackup {
  /** The nights to write into a backup (those that can be read). */
  nights(): Promise<NightEntry[]>;
  /** A backup file's nights, each through the night reader; the dates of those that fail. */
  read(raw: readonly unknown[]): { nights: NightEntry[]; unreadable: string[] };
  /** Replaces the whole diary with a checked backup's nights. */
  replaceAll(nights: readonly NightEntry[]): Promise<void>;
}

// A night's own date is its key; a damaged one may not say it, so its place in the file does.
const keyOf = (raw: unknown, index: number) => {
  const night = (raw as { night?: unknown } | null)?.night;
  return typeof night === 'string' && night.length <= 10 ? night : `#${index + 1}`;
};

/** The diary as the backup sees it, over the diary's own store. */
export function openDiaryBackup(diary: DiaryStore = openDiaryStore()): DiaryBackup {
  return {
    nights: async () => splitReadable(await diary.all()).readable,
    read(raw) {
      const nights: NightEntry[] = [];
      const unreadable: string[] = [];
      const seen = new Set<string>();
      raw.forEach((value, index) => {
        const key = keyOf(value, index);
        const night = readNight(value, key);
        // Two nights with one date cannot both be kept: that file is damaged too.
        if (isUnreadable(night) || seen.has(key)) unreadable.push(key);
        else nights.push(night);
        seen.add(key);
      });
      return { nights, unreadable };
    },
    replaceAll: (nights) => diary.replaceAll(nights),
  };
}
