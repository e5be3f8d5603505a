// Breathing timer benchmark (issue 3). Needs a production build in dist/ (`npx vite build`).
//
// 1. Accuracy, simulated: a 10-minute 4-7-8 session on Playwright's fake clock, with 5 spells
//    hidden (visibility simulated in the page: `visibilityState` overridden and
//    `visibilitychange` sent, since headless Chromium cannot hide a tab; while "hidden", timers
//    are held to whole minutes like Chrome's intensive throttling). Each phase word the page
//    shows is logged with the (fake) time; a change is "late" by the time from its scheduled
//    moment. Changes due while hidden are checked on return: the right word must be there at
//    once.
// 2. Accuracy and cost, real time: a visible session for BENCH_REAL_SECONDS (default 60) on the
//    real clock; main-thread time from the DevTools protocol (Performance.getMetrics
//    TaskDuration / ScriptDuration), per minute, beside an idle baseline and a hidden spell.
//
// Prints one JSON object on the last line.
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { chromiumArgs, findChromium } from '../chromium.mjs';
import { instrument } from './breathing-probe.mjs';

const REAL_SECONDS = Number(process.env.BENCH_REAL_SECONDS ?? 60);
const BUDGET_MS = 50;
const BREATH = { inhale: 4000, holdIn: 7000, exhale: 8000 };
const WORDS = { inhale: 'Inhale', holdIn: 'Hold', exhale: 'Exhale' };
const CYCLE_MS = BREATH.inhale + BREATH.holdIn + BREATH.exhale;
// Hidden spells [from, to] in session seconds: lengths from 33 s to 2 min, ending mid-phase.
const HIDDEN = [
  [45.3, 85.9],
  [150.2, 225.7],
  [260.05, 293.4],
  [380.6, 500.1],
  [520.9, 567.25],
];

if (!existsSync(resolve('dist/index.html')))
  throw new Error('No build in dist/: run `npx vite build` first.');

const server = await preview({
  logLevel: 'silent',
  preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
});
const base = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });

/** Phase starts (ms into the session) of `cycles` 4-7-8 breaths, with the word each shows. */
function schedule(cycles) {
  const out = [];
  for (let cycle = 0; cycle < cycles; cycle += 1) {
    let at = cycle * CYCLE_MS;
    for (const phase of ['inhale', 'holdIn', 'exhale']) {
      out.push({ at, word: WORDS[phase] });
      at += BREATH[phase];
    }
  }
  return out;
}

const expectedWordAt = (ms) => {
  const inCycle = ms % CYCLE_MS;
  if (inCycle < BREATH.inhale) return WORDS.inhale;
  return inCycle < BREATH.inhale + BREATH.holdIn ? WORDS.holdIn : WORDS.exhale;
};

async function openBreathe(context) {
  const page = await context.newPage();
  await page.goto(`${base}/breathe`);
  await page.getByRole('radio', { name: /^4-7-8/ }).check();
  await page.getByRole('radio', { name: 'A number of minutes' }).check();
  await page.getByLabel('Minutes', { exact: true }).selectOption('10');
  await page.getByText('About 10 min 8 s in all.').waitFor();
  return page;
}

async function simulated() {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
  const start = new Date('2026-11-22T22:30:00');
  await context.clock.install({ time: start });
  const page = await openBreathe(context);
  await page.clock.pauseAt(new Date(start.getTime() + 60_000));
  await page.evaluate(instrument);
  await page.getByRole('button', { name: 'Start' }).click();
  const sessionStart = await page.evaluate(() => Date.now());
  const cycles = 32; // 10 minutes of 19 s breaths, rounded up to whole breaths
  const totalMs = cycles * CYCLE_MS;

  let now = 0;
  const returns = [];
  for (const [from, to] of HIDDEN) {
    await page.clock.runFor(Math.round(from * 1000 - now));
    await page.evaluate(() => window.__bench.setHidden(true));
    await page.clock.runFor(Math.round((to - from) * 1000));
    const shown = await page.evaluate(() => window.__bench.setHidden(false));
    returns.push({ atMs: Math.round(to * 1000), shown, expected: expectedWordAt(to * 1000) });
    now = to * 1000;
  }
  await page.clock.runFor(totalMs - now + 1000);
  const { log, hiddenWork } = await page.evaluate(() => ({
    log: window.__bench.log,
    hiddenWork: window.__bench.hiddenWork(),
  }));
  const ended = await page.getByRole('heading', { name: 'Finished' }).isVisible();
  await context.close();

  const hiddenAt = (ms) => HIDDEN.some(([from, to]) => ms > from * 1000 && ms <= to * 1000);
  const gaps = [];
  let missed = 0;
  for (const { at, word } of schedule(cycles)) {
    if (hiddenAt(at) || at === 0) continue;
    const change = log.find((entry) => entry.word === word && entry.at - sessionStart >= at);
    if (!change || change.at - sessionStart - at > 5000) missed += 1;
    else gaps.push(change.at - sessionStart - at);
  }
  return {
    sessionMs: totalMs,
    hiddenSpells: HIDDEN.length,
    phaseChangesWhileVisible: gaps.length,
    missedChanges: missed,
    largestGapMs: Math.max(...gaps),
    meanGapMs: Math.round((gaps.reduce((a, b) => a + b, 0) / gaps.length) * 10) / 10,
    wrongWordOnReturn: returns.filter((entry) => entry.shown !== entry.expected).length,
    hiddenSeconds: Math.round(HIDDEN.reduce((sum, [from, to]) => sum + to - from, 0)),
    framesRequestedWhileHidden: hiddenWork.frames,
    timersSetWhileHidden: hiddenWork.timers,
    endScreenShown: ended,
  };
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const value = (name) => list.find((metric) => metric.name === name)?.value ?? 0;
  return { task: value('TaskDuration'), script: value('ScriptDuration') };
}

async function mainThreadPerMinute(page, cdp, seconds) {
  const before = await metrics(cdp);
  await page.waitForTimeout(seconds * 1000);
  const after = await metrics(cdp);
  const perMinute = (delta) => Math.round(((delta * 1000) / seconds) * 60 * 10) / 10;
  return {
    taskMs: perMinute(after.task - before.task),
    scriptMs: perMinute(after.script - before.script),
  };
}

async function realTime() {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
  const page = await openBreathe(context);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.waitForTimeout(1000);
  const idle = await mainThreadPerMinute(page, cdp, Math.min(20, REAL_SECONDS));
  await page.evaluate(instrument);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('main').getByRole('status').filter({ hasText: 'Inhale' }).waitFor();
  const sessionStart = await page.evaluate(
    () =>
      new Promise((done) => {
        const open = indexedDB.open('lull-sessions');
        open.onsuccess = () => {
          const get = open.result.transaction('keyval').objectStore('keyval').get('breathing');
          get.onsuccess = () => done(get.result.session.startedAt);
        };
      }),
  );
  const running = await mainThreadPerMinute(page, cdp, REAL_SECONDS);
  await page.evaluate(() => window.__bench.setHidden(true));
  const hidden = await mainThreadPerMinute(page, cdp, Math.min(30, REAL_SECONDS));
  await page.evaluate(() => window.__bench.setHidden(false));
  const log = await page.evaluate(() => window.__bench.log);
  await context.close();

  const gaps = [];
  const elapsedSeen = REAL_SECONDS * 1000;
  for (const { at, word } of schedule(32)) {
    if (at === 0 || at > elapsedSeen) continue;
    const change = log.find((entry) => entry.word === word && entry.at - sessionStart >= at);
    if (change) gaps.push(change.at - sessionStart - at);
  }
  return {
    seconds: REAL_SECONDS,
    phaseChanges: gaps.length,
    largestGapMs: Math.round(Math.max(...gaps) * 10) / 10,
    meanGapMs: Math.round((gaps.reduce((a, b) => a + b, 0) / gaps.length) * 10) / 10,
    mainThreadPerMinute: { running, idleSetupScreen: idle, hiddenSimulated: hidden },
  };
}

try {
  const sim = await simulated();
  const real = await realTime();
  // The budget is judged on the simulated session (issue 3); the real-time gap is reported
  // beside it, with the machine's load, since a starved CPU delays every timer alike.
  const result = {
    bench: 'breathing',
    budgetMs: BUDGET_MS,
    largestPhaseGapMs: sim.largestGapMs,
    withinBudget: sim.largestGapMs <= BUDGET_MS && sim.wrongWordOnReturn === 0,
    realTimeLargestPhaseGapMs: real.largestGapMs,
    mainThreadMsPerMinute: real.mainThreadPerMinute.running.taskMs,
    scriptMsPerMinute: real.mainThreadPerMinute.running.scriptMs,
    simulated10min: sim,
    realTime: real,
    machine: { cpus: availableParallelism(), loadAverage1m: Math.round(loadavg()[0] * 10) / 10 },
  };
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
  await server.close();
}
