import { promisifyRequest, type UseStore } from 'idb-keyval';

// A transaction left to commit on its own commits only once the page has run its next task, so
// a page that goes away first (a navigation, a closed tab) takes the write with it: Chromium
// aborts it. `commit()` sends the commit with the write itself. Safari before 15 lacks it; there
// the transaction still commits on its own.
const commitNow = (transaction: IDBTransaction) =>
  (transaction as Partial<Pick<IDBTransaction, 'commit'>>).commit?.();

/** idb-keyval's `set`, committed as soon as the value is put. */
export function setCommitted(key: IDBValidKey, value: unknown, db: UseStore): Promise<void> {
  return db('readwrite', (store) => {
    store.put(value, key);
    commitNow(store.transaction);
    return promisifyRequest(store.transaction);
  });
}

/** idb-keyval's `update` (read and write in one transaction), committed once the value is put. */
export function updateCommitted<T>(
  key: IDBValidKey,
  change: (old: T | undefined) => T,
  db: UseStore,
): Promise<void> {
  return db(
    'readwrite',
    (store) =>
      new Promise<void>((resolve, reject) => {
        const read = store.get(key);
        read.onsuccess = () => {
          try {
            store.put(change(read.result as T | undefined), key);
            commitNow(store.transaction);
            resolve(promisifyRequest(store.transaction));
          } catch (error) {
            reject(error);
          }
        };
        read.onerror = () => reject(read.error);
      }),
  );
}
