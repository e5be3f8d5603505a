// Nights benchmark (issue 17): main-thread time to open /nights with three years of the sleep
// diary stored, in Chromium against the production build served by scripts/static-server.mjs.
//
// The page opens Tonight, 1,100 nights (ending last night, with jerks, cramps and factors so
// the patterns and the doctor note have work to do) are written into the diary's IndexedDB
// store ('lull-diary', one key per night, as src/lib/diary/diary-store.ts keeps them), and the
// page is reloaded. Then the header's "Nights" link is clicked, and the main thread's work is
// counted from the click until the screen shows its 14 rows: loading the screen's code, reading
// the nights it needs, the figures, and the first render (every task: script, style, layout,
// paint). It is counted as CPU time, from a trace (the thread time of each top-level task), and
// as wall time (DevTools protocol Performance.getMetrics TaskDuration), which on a machine
// shared with other work counts the waits for a core too. BENCH_NIGHTS_RUNS fresh page loads.
//
// Prints each run, and one JSON object on its last line:
//   renderMs        main-thread CPU time, the median run (budget: 100 ms)
//   renderMsWorst   the slowest run's CPU time; reported only
//   renderWallMs    main-thread wall time, the median run; reported only
//   nights          how many nights were stored
// Needs a production build in dist/ (`npx vite build`; npm run bench builds one).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../chromium.mjs';
import { startStaticServer } from '../static-server.mjs';

const NIGHTS = 1100;
const RUNS = Number(process.env.BENCH_NIGHTS_RUNS ?? 5);

if (!existsSync(resolve('dist/index.html')))
  throw new Error('No build in dist/: run `npx vite build` first.');

const server = await startStaticServer('dist');
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });

/** Writes `count` nights ending last night into the diary's store, in the page. */
const seed = (count) => {
  const day = 86_400_000;
  const key = (ms) => new Date(ms).toISOString().slice(0, 10);
  const today = Date.parse(`${key(Date.now())}T00:00Z`);
  return new Promise((done, fail) => {
    const request = indexedDB.open('lull-diary');
    request.onupgradeneeded = () => request.result.createObjectStore('keyval');
    request.onerror = () => fail(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction('keyval', 'readwrite');
      for (let back = count; back >= 1; back -= 1) {
        const night = key(today - back * day);
        const next = key(today - (back - 1) * day);
        const late = back % 3 === 0;
        tx.objectStore('keyval').put(
          {
            version: 1,
            night,
            timeZone: 'Europe/Berlin',
            intoBed: { date: night, time: '22:45' },
            triedToSleep: { date: night, time: '23:00' },
            minutesToFallAsleep: 10 + (back % 25),
            wakings: back % 3,
            minutesAwake: (back % 3) * 10,
            finalWaking: { date: next, time: '06:30' },
            outOfBed: { date: next, time: '06:50' },
            quality: ['poor', 'fair', 'good'][back % 3],
            rested: 'somewhat',
            jerks: late ? 'a-few' : 'none',
            jerkWokeMe: late,
            cramp: back % 7 === 0 ? 'one' : 'none',
            crampLeg: back % 7 === 0 ? 'left' : null,
            daytimeTwitching: false,
            factors: late ? ['caffeine-late', 'busy-mind'] : ['cold-feet'],
            windDownDone: back % 2 ? ['stretches', 'breathing'] : ['habit:screens'],
            note: back % 10 === 0 ? 'Woke once, "read", slept again' : '',
            savedAt: today - (back - 1) * day + 8 * 3_600_000,
          },
          night,
        );
      }
      tx.oncomplete = () => {
        db.close();
        done(undefined);
      };
      tx.onerror = () => fail(tx.error);
    };
  });
};

/** Main-thread busy time so far, in ms of wall time. */
async function busyMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/**
 * The page's main-thread CPU time in a trace, in ms: the thread time of every top-level task
 * on the renderer's main thread. Unlike wall time, other programs on a busy machine do not
 * count towards it.
 */
function mainThreadCpuMs(trace) {
  const events = JSON.parse(trace.toString('utf8')).traceEvents;
  const mains = events.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
  const isMain = (e) => mains.some((m) => m.pid === e.pid && m.tid === e.tid);
  const tasks = events.filter(
    (e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && isMain(e),
  );
  return tasks.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
}

try {
  const page = await browser.newPage({ viewport: { width: 412, height: 915 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${server.url}/`);
  await page.evaluate(seed, NIGHTS);
  const runs = [];
  for (let run = 0; run < RUNS; run += 1) {
    await page.goto(`${server.url}/`);
    await page.getByText(/^(Wind-down starts in|Time to wind down|It is bedtime)/).waitFor();
    await page.getByRole('link', { name: 'Nights', exact: true }).waitFor();
    await page.waitForTimeout(500);
    await browser.startTracing(page, { categories: ['toplevel'] });
    const before = await busyMs(cdp);
    // Clicked and awaited in the page: Playwright's own polling would force layouts and count.
    await page.evaluate(
      () =>
        new Promise((shown) => {
          const done = () =>
            document.querySelector('.nights-table tbody tr:nth-child(14) a') &&
            requestAnimationFrame(() => setTimeout(shown));
          const watch = new MutationObserver(() => done() && watch.disconnect());
          watch.observe(document.body, { childList: true, subtree: true });
          /** @type {HTMLElement} */ (document.querySelector('a.header-link')).click();
        }),
    );
    const wall = (await busyMs(cdp)) - before;
    const cpu = mainThreadCpuMs(await browser.stopTracing());
    console.log(`Run ${run + 1}: ${cpu.toFixed(1)} ms main-thread CPU, ${wall.toFixed(1)} ms wall`);
    runs.push({ cpu, wall });
  }
  const stored = await page.locator('.nights-table tbody tr').count();
  if (stored !== 14) throw new Error(`/nights showed ${stored} rows, not 14`);
  const round = (ms) => Math.round(ms * 10) / 10;
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const cpu = runs.map((run) => run.cpu);
  console.log(
    JSON.stringify({
      renderMs: round(median(cpu)),
      renderMsWorst: round(Math.max(...cpu)),
      renderWallMs: round(median(runs.map((run) => run.wall))),
      nights: NIGHTS,
    }),
  );
} finally {
  await browser.close();
  await server.close();
}
