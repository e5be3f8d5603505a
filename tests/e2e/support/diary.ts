import type { Page } from '@playwright/test';

/** A diary night as src/lib/diary/diary-store.ts keeps it (NightEntry, version 1). */
export type StoredNight = Record<string, unknown> & { night: string };

const nextDay = (night: string) =>
  new Date(Date.parse(`${night}T00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** An ordinary night: 22:45 into bed to 06:45 out, 20 minutes to fall asleep, 15 awake. */
export function storedNight(night: string, overrides: Record<string, unknown> = {}): StoredNight {
  return {
    version: 1,
    night,
    timeZone: 'Europe/Berlin',
    intoBed: { date: night, time: '22:45' },
    triedToSleep: { date: night, time: '23:00' },
    minutesToFallAsleep: 20,
    wakings: 1,
    minutesAwake: 15,
    finalWaking: { date: nextDay(night), time: '06:30' },
    outOfBed: { date: nextDay(night), time: '06:45' },
    quality: 'good',
    rested: 'well',
    jerks: 'none',
    jerkWokeMe: false,
    cramp: 'none',
    crampLeg: null,
    daytimeTwitching: false,
    factors: [],
    windDownDone: ['stretches', 'breathing'],
    note: '',
    savedAt: Date.parse(`${nextDay(night)}T08:00:00Z`),
    ...overrides,
  };
}

/** `count` nights in a row ending with `last`, oldest first, each changed by `change(index)`. */
export function nightsEnding(
  last: string,
  count: number,
  change: (index: number) => Record<string, unknown> = () => ({}),
): StoredNight[] {
  const lastMs = Date.parse(`${last}T00:00Z`);
  return Array.from({ length: count }, (_, index) => {
    const night = new Date(lastMs - (count - 1 - index) * 86_400_000).toISOString().slice(0, 10);
    return storedNight(night, change(index));
  });
}

/**
 * Writes values straight into the diary's IndexedDB database ('lull-diary', object store
 * 'keyval', one key per night), creating it as idb-keyval would if Lull has not yet.
 */
export async function seedDiary(page: Page, entries: [string, unknown][]): Promise<void> {
  await page.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lull-diary');
      request.onupgradeneeded = () => request.result.createObjectStore('keyval');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('keyval', 'readwrite');
    for (const [key, value] of rows) tx.objectStore('keyval').put(value, key);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, entries);
}

/** Seeds whole nights under their own dates. */
export const seedNights = (page: Page, nights: StoredNight[]) =>
  seedDiary(
    page,
    nights.map((night) => [night.night, night]),
  );
