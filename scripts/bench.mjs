// npm run bench: builds Lull, runs every benchmark in scripts/bench/, prints one table with each
// figure beside its budget, and writes it as JSON to bench/latest.json. Exits 1 when any
// figure is over budget or a benchmark failed.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { measureSize, budgets as sizeBudgets } from './measure-size.mjs';
import { soundCpuMetrics } from './bench/sound-cpu-rows.mjs';

/** @typedef {{ key: string, label: string, unit: string, budget?: number, better: 'lower' | 'higher', digits?: number }} Metric */

/** Every figure, in table order, with the budget the issues give (none: reported only). */
/** @type {Array<{ source: string, metrics: Metric[] }>} */
const plan = [
  {
    source: 'size',
    metrics: [
      {
        key: 'firstLoadJsGzip',
        label: 'First-load JS (gzip)',
        unit: 'KB',
        budget: sizeBudgets.firstLoadJsGzip / 1000,
        better: 'lower',
        digits: 1,
      },
      { key: 'cssGzip', label: 'CSS (gzip)', unit: 'KB', better: 'lower', digits: 1 },
      {
        key: 'precacheBytes',
        label: 'Precache total',
        unit: 'KB',
        budget: sizeBudgets.precacheBytes / 1000,
        better: 'lower',
        digits: 1,
      },
    ],
  },
  {
    source: 'lighthouse',
    metrics: [
      {
        key: 'performance',
        label: 'Lighthouse performance (mobile, median of 5)',
        unit: '',
        budget: 98,
        better: 'higher',
      },
      {
        key: 'accessibility',
        label: 'Lighthouse accessibility',
        unit: '',
        budget: 100,
        better: 'higher',
      },
      {
        key: 'bestPractices',
        label: 'Lighthouse best practices',
        unit: '',
        budget: 100,
        better: 'higher',
      },
      {
        key: 'lcpMs',
        label: 'Largest contentful paint',
        unit: 'ms',
        budget: 1200,
        better: 'lower',
      },
      { key: 'tbtMs', label: 'Blocking time, median', unit: 'ms', budget: 30, better: 'lower' },
      { key: 'tbtWorstMs', label: 'Blocking time, worst', unit: 'ms', budget: 60, better: 'lower' },
    ],
  },
  {
    source: 'breathing',
    metrics: [
      {
        key: 'largestPhaseGapMs',
        label: 'Breathing timer: largest phase-change gap (10 min, 5 hide/show)',
        unit: 'ms',
        budget: 50,
        better: 'lower',
      },
      {
        key: 'realTimeLargestPhaseGapMs',
        label: 'Breathing timer: largest gap, 60 s in real time',
        unit: 'ms',
        better: 'lower',
      },
      {
        key: 'mainThreadMsPerMinute',
        label: 'Breathing session: main-thread time per minute',
        unit: 'ms',
        better: 'lower',
      },
    ],
  },
  {
    source: 'sounds',
    metrics: [
      {
        key: 'renderSpeedX',
        label: 'Sound mix (4 layers): render speed',
        unit: 'x real time',
        budget: 50,
        better: 'higher',
        digits: 0,
      },
      {
        key: 'bufferMB',
        label: 'Sound mix: audio buffer memory',
        unit: 'MB',
        budget: 24,
        better: 'lower',
        digits: 1,
      },
      {
        key: 'cpuSecondsPerMinutePlaying',
        label: 'Sound mix: CPU per minute playing',
        unit: 's',
        better: 'lower',
        digits: 2,
      },
      {
        key: 'cpuSecondsPerMinuteSilent',
        label: 'Same page silent: CPU per minute',
        unit: 's',
        better: 'lower',
        digits: 2,
      },
    ],
  },
  // The whole browser's CPU: Lull's mix against a plain page looping buffers, side by side.
  { source: 'sound-cpu', metrics: soundCpuMetrics },
  {
    // 100,000 subscriptions over 30 time zones, 5,000 due in one minute (scripts/bench/push-load.mjs).
    source: 'push-load',
    metrics: [
      {
        key: 'sendsPerSecond',
        label: 'Push server: reminders sent per second (5,000 due in one minute)',
        unit: '/s',
        better: 'higher',
        digits: 0,
      },
      {
        key: 'lastLatenessMs',
        label: 'Push server: lateness of the last of the 5,000',
        unit: 'ms',
        // A reminder later than the app's 10-minute grace is not sent at all.
        budget: 600_000,
        better: 'lower',
      },
      {
        key: 'serverPeakRssMB',
        label: 'Push server: peak memory (100,000 subscriptions, PGlite)',
        unit: 'MB',
        better: 'lower',
        digits: 0,
      },
    ],
  },
  {
    source: 'routine',
    metrics: [
      {
        key: 'heapMB',
        label: 'JS heap during a routine with sounds',
        unit: 'MB',
        better: 'lower',
        digits: 1,
      },
    ],
  },
];

console.log('Building...');
execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });

/** @type {Record<string, Record<string, number> | { error: string }>} */
const figures = {};
const size = await measureSize('dist');
figures.size = {
  firstLoadJsGzip: size.firstLoadJsGzip / 1000,
  cssGzip: size.cssGzip / 1000,
  precacheBytes: size.precacheBytes / 1000,
};

for (const { source } of plan.slice(1)) {
  const script = `scripts/bench/${source}.mjs`;
  if (!existsSync(script)) {
    figures[source] = { error: `${script} is missing` };
    continue;
  }
  console.log(`Running ${script}...`);
  const run = spawnSync(process.execPath, [script], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  try {
    if (run.status !== 0) throw new Error(`exit ${run.status}`);
    figures[source] = JSON.parse(last);
  } catch (error) {
    figures[source] = {
      error: `${script} failed (${error instanceof Error ? error.message : error})`,
    };
  }
}

const rows = [];
let failed = false;
for (const { source, metrics } of plan) {
  const result = figures[source];
  for (const metric of metrics) {
    const value = result && !('error' in result) ? result[metric.key] : undefined;
    const measured = typeof value === 'number' && Number.isFinite(value);
    const within =
      !measured || metric.budget === undefined
        ? null
        : metric.better === 'lower'
          ? value <= metric.budget
          : value >= metric.budget;
    if (!measured || within === false) failed = true;
    rows.push({
      figure: metric.label,
      value: measured ? Number(value.toFixed(metric.digits ?? 0)) : null,
      unit: metric.unit,
      budget:
        metric.budget === undefined
          ? null
          : `${metric.better === 'lower' ? '<=' : '>='} ${metric.budget}`,
      status: !measured
        ? `NOT MEASURED: ${'error' in (result ?? {}) ? /** @type {{error: string}} */ (result).error : 'no figure'}`
        : within === false
          ? 'OVER BUDGET'
          : within
            ? 'ok'
            : 'reported',
    });
  }
}

console.log('\n| Figure | Value | Budget | Status |\n| --- | ---: | --- | --- |');
for (const row of rows)
  console.log(
    `| ${row.figure} | ${row.value ?? '-'} ${row.unit} | ${row.budget ?? '-'} | ${row.status} |`,
  );
mkdirSync('bench', { recursive: true });
const report = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  rows,
  figures,
};
writeFileSync('bench/latest.json', JSON.stringify(report, null, 2) + '\n');
console.log('\nWritten to bench/latest.json');
process.exit(failed ? 1 : 0);
