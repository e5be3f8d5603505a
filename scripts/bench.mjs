// npm run bench: builds Lull, runs every benchmark in scripts/bench/, prints one table with each
// figure beside its budget, and writes it as JSON to bench/latest.json. Exits 1 when any
// figure is over budget or a benchmark failed.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { measureSize } from './measure-size.mjs';
import { plan } from './bench/plan.mjs';

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
