// Lighthouse (mobile, default simulated throttling) against the production build, run five
// times; prints the median scores and metrics, and the worst total blocking time (one slow start
// is what a person feels, and a median hides it), as one JSON object on its last line.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs, findChromium } from '../chromium.mjs';
import { startStaticServer } from '../static-server.mjs';

const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const server = await startStaticServer('dist');
/** @type {Array<Record<string, number>>} */
const results = [];
for (let run = 0; run < runs; run += 1) {
  // A fresh profile each run: a first visit, no service worker or cache from the last run.
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: chromiumArgs,
    userDataDir: mkdtempSync(join(tmpdir(), 'lull-lh-')),
  });
  const result = await lighthouse(`${server.url}/`, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
  });
  await chrome.kill();
  const lhr = result?.lhr;
  if (!lhr) throw new Error('Lighthouse returned no result');
  results.push({
    performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
    bestPractices: Math.round((lhr.categories['best-practices'].score ?? 0) * 100),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue ?? NaN),
    tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue ?? NaN),
    fcpMs: Math.round(lhr.audits['first-contentful-paint'].numericValue ?? NaN),
  });
  const failing = Object.values(lhr.audits)
    .filter(
      (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
    )
    .map((audit) => audit.id);
  if (failing.length)
    console.error(`run ${run + 1}: audits below full marks: ${failing.join(', ')}`);
}
await server.close();

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const keys = Object.keys(results[0]);
const tbtRuns = results.map((r) => r.tbtMs);
console.error(`total blocking time per run: ${tbtRuns.join(', ')} ms`);
console.log(
  JSON.stringify({
    ...Object.fromEntries(keys.map((key) => [key, median(results.map((r) => r[key]))])),
    tbtWorstMs: Math.max(...tbtRuns),
  }),
);
