// What playing costs the battery: CPU seconds a minute of the whole browser (every process)
// with Lull's /sounds playing the default mix, against a plain page looping the same number
// of pre-made buffers (sound-floor-page.mjs), side by side in one browser, alternating, with
// the page shown and then hidden behind another tab. Prints figures as they come, and one
// JSON object on its last line:
//   lullVisible / floorVisible / ratioVisible   median CPU-s a minute, shown; budget ratio <= 1.5
//   lullHidden / floorHidden / ratioHidden      the same with the page hidden; budget <= 1.5
// Needs a production build in dist/ (npm run bench builds one). SOUND_CPU_WINDOW_MS and
// SOUND_CPU_ROUNDS shorten a run while working on it.
import { loadavg } from 'node:os';
import { preview } from 'vite';
import { launchOverPipe } from './cdp-pipe.mjs';
import { cpuBetween, cpuByProcess } from './proc-cpu.mjs';
import { floorPagePlugin } from './sound-floor-page.mjs';

// Five rounds of each, and the median: on a shared machine the two audio threads (the page's
// and the audio service's) now and then cost several times their usual CPU for a whole window,
// on either page, with the same number of wake-ups (per-thread /proc figures). With two rounds
// the median was the mean, and one such window decided the ratio; five leave it out.
const WINDOW_MS = Number(process.env.SOUND_CPU_WINDOW_MS ?? 20_000);
const ROUNDS = Number(process.env.SOUND_CPU_ROUNDS ?? 5);
const LAYERS = 4; // the default mix (src/lib/guides/sound-layers.ts)
const SETTLE_MS = 4000;
// Just after a tab is hidden, Chromium collects the page's garbage for memory's sake for a
// few seconds (seen in per-thread /proc figures); a night's sound plays hidden for hours.
const HIDDEN_SETTLE_MS = 15_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return Number.isInteger(middle)
    ? (sorted[middle - 1] + sorted[middle]) / 2
    : sorted[Math.floor(middle)];
};

// Records every AudioContext a page makes, so the bench can see each one really runs.
const recordContexts = `(() => {
  const Native = window.AudioContext;
  const made = (window.__benchContexts = []);
  window.AudioContext = class extends Native {
    constructor(...args) { super(...args); made.push(this); }
  };
})();`;

const site = await preview({
  plugins: [floorPagePlugin],
  preview: { host: '127.0.0.1', port: 0, strictPort: false },
  logLevel: 'error',
});
const origin = site.resolvedUrls.local[0].replace(/\/$/, '');
const browser = launchOverPipe();

/** Opens `url` in a new tab in front; resolves with its target and a page `evaluate`. */
async function openTab(url, instrument = false) {
  const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
  await browser.send('Page.enable', {}, sessionId);
  // Lull's service worker answers every navigation on its origin with the app; the floor is
  // a plain page without one.
  if (url.includes('bench-floor')) {
    await browser.send('Network.enable', {}, sessionId);
    await browser.send('Network.setBypassServiceWorker', { bypass: true }, sessionId);
  }
  if (instrument)
    await browser.send(
      'Page.addScriptToEvaluateOnNewDocument',
      { source: recordContexts },
      sessionId,
    );
  const evaluate = async (expression, userGesture = false) => {
    const { result, exceptionDetails } = await browser.send(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true, userGesture },
      sessionId,
    );
    if (exceptionDetails)
      throw new Error(`${expression}: ${exceptionDetails.exception?.description}`);
    return result.value;
  };
  await browser.send('Page.navigate', { url }, sessionId);
  for (let tries = 0; (await evaluate('document.readyState')) !== 'complete'; tries += 1) {
    if (tries > 100) throw new Error(`${url} did not load`);
    await sleep(100);
  }
  return { targetId, evaluate };
}

// The Play button, pressed as a person would (a user gesture: audio may start).
const pressPlay = `(async () => {
  for (let tries = 0; tries < 100; tries += 1) {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Play');
    if (button) return button.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('no Play button');
})()`;
const audioClock = `window.__benchContexts.map((c) => ({ state: c.state, time: c.currentTime }))`;

/** CPU-s a minute of the whole browser over one window, checking the audio clock ran. */
async function measure(tab, visibility) {
  const seen = await tab.evaluate('document.visibilityState');
  if (seen !== visibility) throw new Error(`the page was ${seen}, not ${visibility}`);
  const [clockBefore] = await tab.evaluate(audioClock);
  const before = cpuByProcess(browser.pid);
  const started = performance.now();
  await sleep(WINDOW_MS);
  const cpu = cpuBetween(before, cpuByProcess(browser.pid));
  const elapsed = performance.now() - started;
  const [clockAfter] = await tab.evaluate(audioClock);
  const advanced = clockAfter.time - clockBefore.time;
  if (clockAfter.state !== 'running' || advanced < (0.9 * elapsed) / 1000)
    throw new Error(`audio did not run: ${clockAfter.state}, ${advanced.toFixed(1)} s`);
  return (cpu * 60_000) / elapsed;
}

/** One run: open the page, play, measure shown, hide it behind a blank tab, measure hidden. */
async function run(kind) {
  const url = kind === 'lull' ? `${origin}/sounds` : `${origin}/bench-floor.html`;
  const tab = await openTab(url, true);
  if (kind === 'lull') await tab.evaluate(pressPlay, true);
  else await tab.evaluate(`window.playFloor(${LAYERS})`, true);
  await sleep(SETTLE_MS);
  const visible = await measure(tab, 'visible');
  if (kind === 'lull') {
    const level = Number(await tab.evaluate(`document.querySelector('meter').dataset.level`));
    if (!(level > -60)) throw new Error(`The mix was not audible (level ${level} dBFS).`);
  }
  const cover = await openTab('about:blank');
  await sleep(HIDDEN_SETTLE_MS);
  const hidden = await measure(tab, 'hidden');
  for (const { targetId } of [cover, tab]) await browser.send('Target.closeTarget', { targetId });
  await sleep(2000);
  console.error(`${kind}: visible ${visible.toFixed(2)}, hidden ${hidden.toFixed(2)} CPU-s/min`);
  return { visible, hidden };
}

try {
  // Once first, unmeasured: the service worker installs and caches the app on a first visit.
  const warm = await openTab(`${origin}/sounds`);
  await sleep(SETTLE_MS);
  await browser.send('Target.closeTarget', { targetId: warm.targetId });
  const runs = { lull: [], floor: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = round % 2 === 0 ? ['lull', 'floor'] : ['floor', 'lull'];
    for (const kind of order) runs[kind].push(await run(kind));
  }
  const figure = (kind, key) => median(runs[kind].map((r) => r[key]));
  const [lullVisible, floorVisible] = [figure('lull', 'visible'), figure('floor', 'visible')];
  const [lullHidden, floorHidden] = [figure('lull', 'hidden'), figure('floor', 'hidden')];
  const round2 = (value) => Number(value.toFixed(2));
  const figures = {
    lullVisible: round2(lullVisible),
    floorVisible: round2(floorVisible),
    ratioVisible: round2(lullVisible / floorVisible),
    lullHidden: round2(lullHidden),
    floorHidden: round2(floorHidden),
    ratioHidden: round2(lullHidden / floorHidden),
    windowSeconds: WINDOW_MS / 1000,
    rounds: ROUNDS,
    loadAverage: round2(loadavg()[0]),
  };
  console.error(
    `CPU while playing, visible: Lull ${figures.lullVisible} / floor ${figures.floorVisible} = ${figures.ratioVisible}\n` +
      `CPU while playing, hidden: Lull ${figures.lullHidden} / floor ${figures.floorHidden} = ${figures.ratioHidden}`,
  );
  console.log(JSON.stringify(figures));
} finally {
  await browser.close();
  await site.close();
}
