// npm run size: builds if needed, then prints first-load JS/CSS (gzip) and the precache total
// against their budgets. Exits 1 when anything is over budget.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { budgets, measureSize } from './measure-size.mjs';

if (!existsSync('dist/sw.js'))
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
const size = await measureSize('dist');
const kb = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const rows = [
  ['First-load JS (gzip)', size.firstLoadJsGzip, budgets.firstLoadJsGzip],
  ['CSS (gzip)', size.cssGzip, budgets.cssGzip],
  [`Precache, ${size.precacheEntries} files`, size.precacheBytes, budgets.precacheBytes],
];
let over = false;
console.log('| What | Size | Budget | |\n| --- | ---: | ---: | --- |');
for (const [label, bytes, budget] of rows) {
  const ok = Number(bytes) <= Number(budget);
  over ||= !ok;
  console.log(
    `| ${label} | ${kb(Number(bytes))} | ${kb(Number(budget))} | ${ok ? 'ok' : 'OVER BUDGET'} |`,
  );
}
console.log(
  JSON.stringify({
    firstLoadJsGzip: size.firstLoadJsGzip,
    cssGzip: size.cssGzip,
    precacheBytes: size.precacheBytes,
  }),
);
process.exit(over ? 1 : 0);
