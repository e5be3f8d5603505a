import type { Page } from '@playwright/test';

/** Stores the language as the Settings screen does (appearance.language), for the next load. */
export async function storeLanguage(page: Page, language: string): Promise<void> {
  await page.evaluate(
    (language) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('lull-settings');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('keyval', 'readwrite').objectStore('keyval');
          const read = store.get('settings');
          read.onsuccess = () => {
            const stored = (read.result ?? { version: 1, data: {} }) as {
              version: number;
              data: { appearance?: object };
            };
            const appearance = { ...stored.data.appearance, language };
            store.put({ ...stored, data: { ...stored.data, appearance } }, 'settings');
            store.transaction.oncomplete = () => resolve();
          };
        };
      }),
    language,
  );
}
