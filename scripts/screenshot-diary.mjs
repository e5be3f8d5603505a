// Two weeks of made-up diary nights for the README's pictures of /nights and the check-in,
// written into the page's IndexedDB as Lull keeps them (src/lib/diary/diary-store.ts).

/** @param {string} key @param {number} by */
const day = (key, by) =>
  new Date(Date.parse(`${key}T00:00Z`) + by * 86_400_000).toISOString().slice(0, 10);
/** @param {number} minutes */
const at = (minutes) =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Fourteen nights ending with `last` (a date key), each a little different. */
/** @param {string} last */
export function sampleNights(last) {
  return Array.from({ length: 14 }, (_, index) => {
    const night = day(last, index - 13);
    const late = [0, 10, -5, 25, 5, 40, 15, 0, -10, 20, 5, 30, 10, 0][index];
    const bed = 22 * 60 + 40 + late;
    const sleep = bed + 15;
    const wake = 6 * 60 + 30 + [0, 10, -5, 15, 0, 45, 60, 0, 5, 10, -10, 20, 50, 0][index];
    /** @param {number} minutes */
    const moment = (minutes) => ({
      date: minutes >= 24 * 60 ? day(night, 1) : night,
      time: at(minutes),
    });
    return {
      version: 1,
      night,
      timeZone: 'Europe/Berlin',
      intoBed: moment(bed),
      triedToSleep: moment(sleep),
      minutesToFallAsleep: [20, 15, 35, 10, 25, 45, 15, 20, 10, 30, 15, 20, 25, 15][index],
      wakings: index % 4 === 1 ? 2 : index % 3 === 0 ? 1 : 0,
      minutesAwake: index % 4 === 1 ? 20 : index % 3 === 0 ? 10 : 0,
      finalWaking: { date: day(night, 1), time: at(wake - 15) },
      outOfBed: { date: day(night, 1), time: at(wake) },
      quality: ['good', 'fair', 'good', 'very-good', 'fair', 'poor', 'good'][index % 7],
      rested: ['well', 'somewhat', 'well', 'very-well', 'somewhat', 'slightly', 'well'][index % 7],
      jerks: index % 5 === 2 ? 'a-few' : index % 4 === 0 ? 'once' : 'none',
      jerkWokeMe: index % 5 === 2,
      cramp: index === 6 || index === 11 ? 'one' : 'none',
      crampLeg: index === 6 ? 'left' : index === 11 ? 'right' : null,
      daytimeTwitching: false,
      factors: index % 5 === 2 ? ['caffeine-late'] : index % 6 === 0 ? ['busy-mind'] : [],
      windDownDone: index % 3 === 1 ? ['breathing'] : ['stretches', 'breathing'],
      note: '',
      savedAt: Date.parse(`${day(night, 1)}T07:30:00Z`),
    };
  });
}

/**
 * Runs in the page: puts `nights` into the diary's database.
 * @param {Array<{ night: string }>} nights
 */
export async function seedDiaryInPage(nights) {
  /** @type {IDBDatabase} */
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('lull-diary');
    request.onupgradeneeded = () => request.result.createObjectStore('keyval');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction('keyval', 'readwrite');
  for (const night of nights) tx.objectStore('keyval').put(night, night.night);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}
