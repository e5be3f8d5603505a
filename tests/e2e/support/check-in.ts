import type { Page } from '@playwright/test';

/** Helpers of the check-in specs. */

// The default schedule: bedtime 23:00, wake 07:00, a 45-minute wind-down. Node and the browser
// share the machine's time zone, so a local Date here is the same wall time in the page.
export const tuesdayMorning = new Date(2026, 10, 24, 8, 0, 0);
/** A time as the page shows it: 24-hour, or the 12-hour form English may use. */
export const clockText = (time: string, twelveHour: string) =>
  new RegExp(`^(${time}|${twelveHour.replace(' ', '\\s')})$`);

/** One stored value of one of Lull's databases, as the page reads it. */
export function readStored(page: Page, db: string, key: string) {
  return page.evaluate(
    async ({ db, key }) => {
      const open = indexedDB.open(db);
      open.onupgradeneeded = () => open.result.createObjectStore('keyval');
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const get = database.transaction('keyval').objectStore('keyval').get(key);
      const value = await new Promise((resolve) => (get.onsuccess = () => resolve(get.result)));
      database.close();
      return value as Record<string, unknown> | undefined;
    },
    { db, key },
  );
}

/** Puts a finished wind-down in the routine's journal, as the routine records one. */
export async function journalWindDown(page: Page, startedAt: Date, endedAt: Date) {
  await page.evaluate(
    async ({ startedAt, endedAt }) => {
      const open = indexedDB.open('lull-journal');
      // As idb-keyval makes it, whichever of the page and this test opens it first.
      open.onupgradeneeded = () => open.result.createObjectStore('keyval');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction('keyval', 'readwrite');
      const entry = {
        id: `${startedAt}-wind`,
        kind: 'routine',
        startedAt,
        endedAt,
        details: { done: ['habit:screens', 'stretches', 'breathing'], completed: true },
      };
      tx.objectStore('keyval').put(entry, entry.id);
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    { startedAt: startedAt.getTime(), endedAt: endedAt.getTime() },
  );
}
