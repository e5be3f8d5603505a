// Routine benchmark (issue 6): the JS heap while the nightly routine runs with sounds playing,
// in Chromium against the production build served by scripts/static-server.mjs.
//
// A person plays their mix on /sounds, goes to Tonight and starts the wind-down (in-app
// navigation, so the sound plays on), ticks off the habits and begins the stretches: every
// hosted model is then alive at once (routine, stretches and their cue player, the sounds
// engine with its worklet). The heap is read after a forced garbage collection
// (HeapProfiler.collectGarbage, then Runtime.getHeapUsage: live objects only, not garbage
// waiting to be collected), a few times over BENCH_ROUTINE_SECONDS (default 20), during the
// stretches and again during the breathing, and once after lights out.
//
// Prints figures as they come, and one JSON object on its last line:
//   heapMB                the largest of those readings (MB = 2^20 bytes); reported only
//   heapMBStretches, heapMBBreathing, heapMBLightsOut   the largest reading in each part
// Needs a production build in dist/ (`npx vite build`; npm run bench builds one).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../chromium.mjs';
import { startStaticServer } from '../static-server.mjs';

const SECONDS = Number(process.env.BENCH_ROUTINE_SECONDS ?? 20);
const SAMPLES = 4;

if (!existsSync(resolve('dist/index.html')))
  throw new Error('No build in dist/: run `npx vite build` first.');

const server = await startStaticServer('dist');
const browser = await chromium.launch({
  executablePath: findChromium(),
  // Audio plays in headless Chromium after a click, as on a phone.
  args: chromiumArgs,
});

try {
  const page = await browser.newPage({ viewport: { width: 412, height: 915 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');

  /** Live JS heap in MB after a forced collection. */
  const liveHeapMB = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 2 ** 20;
  };
  /** The largest of a few readings spread over the benchmark's window. */
  const readings = async (label) => {
    let largest = 0;
    for (let sample = 0; sample < SAMPLES; sample += 1) {
      await page.waitForTimeout((SECONDS * 1000) / SAMPLES);
      largest = Math.max(largest, await liveHeapMB());
    }
    console.log(`${label}: ${largest.toFixed(1)} MB`);
    return largest;
  };
  const click = (role, name) => page.getByRole(role, { name, exact: true }).click();

  await page.goto(`${server.url}/sounds`);
  await click('button', 'Play');
  await page.getByText(/^Playing/).waitFor();
  await page.getByRole('navigation').getByRole('link', { name: 'Tonight' }).click();
  await click('link', 'Start wind-down');
  await click('button', 'Start wind-down');
  for (let habit = 0; habit < 4; habit += 1) await click('button', 'Done');
  await click('button', 'Begin the stretches');
  await page.getByText(/left in all$/).waitFor();
  const stretches = await readings('Stretches, sounds playing');

  await click('button', 'Next step');
  await click('button', 'Done');
  await click('button', 'Begin breathing');
  await page.getByText(/^Breath \d+ of/).waitFor();
  const breathing = await readings('Breathing, sounds playing');

  await click('button', 'Next step');
  await click('button', 'Lights out');
  await page.getByRole('heading', { name: 'Sleep well' }).waitFor();
  await page.getByText(/^Playing/).waitFor();
  const lightsOut = await readings('After lights out, sounds playing');

  const round = (mb) => Math.round(mb * 10) / 10;
  console.log(
    JSON.stringify({
      heapMB: round(Math.max(stretches, breathing, lightsOut)),
      heapMBStretches: round(stretches),
      heapMBBreathing: round(breathing),
      heapMBLightsOut: round(lightsOut),
    }),
  );
} finally {
  await browser.close();
  await server.close();
}
