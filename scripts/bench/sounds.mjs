// Benchmark of the sound engine (issue 5). Prints figures as they come, and one JSON object
// on its last line:
//   renderSpeedX       the default four-layer mix rendered in Chromium's OfflineAudioContext
//                      at 48 kHz, as a multiple of real time: median of 3 renders of three
//                      minutes, as long as the acoustic checks. The app's chunked mix, its
//                      chunks synthesised in-process as the acoustic tests render them
//                      (tests/audio/render-chunked.ts) rather than in its Worker. Budget >= 50
//   renderSpeedBestX   the fastest of those renders (the least disturbed on a shared machine)
//   renderSpeed60sX    the same mix in 60-second renders, start-up and all (reported only)
//   bufferMB           memory held by AudioBuffers for that mix while it plays; budget <= 24
//   cpuSecondsPerMinutePlaying / cpuSecondsPerMinuteSilent
//                      CPU seconds a minute of every Chromium process, with /sounds open in the
//                      production build, while the default mix plays and while it is silent
// Needs a production build in dist/ (npm run bench builds one).
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { createServer, preview } from 'vite';
import { chromiumArgs, findChromium } from '../chromium.mjs';
import { cpuSeconds } from './proc-cpu.mjs';

const SAMPLE_RATE = 48_000;
const RENDER_SECONDS = 180;
const SHORT_SECONDS = 60;
const CPU_WINDOW_MS = Number(process.env.SOUNDS_CPU_WINDOW_MS ?? 30_000);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const server = await chromium.launchServer({ executablePath: findChromium(), args: chromiumArgs });
const browserPid = server.process().pid;
const browser = await chromium.connect(server.wsEndpoint());

// 1. Render speed and buffer memory, from the source modules on Vite's dev server. Without
// the app's config: Preact's dev plugin would put its debug hooks even into the Worker.
const dev = await createServer({
  configFile: false,
  appType: 'custom',
  server: { host: '127.0.0.1', port: 0 },
  logLevel: 'error',
});
await dev.listen();
const devPage = await browser.newPage();
await devPage.goto(`${dev.resolvedUrls.local[0]}src/lib/audio/chunked-mix.ts`);
const renderOnce = (seed, seconds = RENDER_SECONDS) =>
  devPage.evaluate(
    async ({ seed, seconds, rate }) => {
      const { createOfflineMix, renderStepped } = await import('/tests/audio/render-chunked.ts');
      const { createOutputChain, volumeGain } = await import('/src/lib/audio/output-chain.ts');
      const { defaultMix } = await import('/src/lib/guides/sound-layers.ts');
      const context = new OfflineAudioContext(2, seconds * rate, rate);
      // The graph the engine builds: the layers in one chunked mix, then the output chain.
      const chain = createOutputChain(context, context.destination, 0.9);
      chain.transport.gain.value = 1;
      const started = performance.now();
      const mix = createOfflineMix(context, chain.input);
      for (const layer of defaultMix)
        mix.add({ key: layer.source, id: layer.source, seed, gain: volumeGain(layer.volume) }, 0);
      await renderStepped(context);
      return { seconds: (performance.now() - started) / 1000, layers: defaultMix.length };
    },
    { seed, seconds, rate: SAMPLE_RATE },
  );
const wall = [];
for (let run = 1; run <= 3; run += 1) {
  const { seconds, layers } = await renderOnce(run);
  wall.push(seconds);
  console.error(
    `render ${run}: ${layers} layers, ${RENDER_SECONDS} s of audio in ${seconds.toFixed(2)} s`,
  );
}
const renderSpeedX = RENDER_SECONDS / median(wall);
const renderSpeedBestX = RENDER_SECONDS / Math.min(...wall);
const short = [];
for (let run = 4; run <= 6; run += 1) short.push((await renderOnce(run, SHORT_SECONDS)).seconds);
const renderSpeed60sX = SHORT_SECONDS / median(short);

// The engine as the app runs it, with a real AudioContext: which AudioBuffers does it hold?
const bufferBytes = await devPage.evaluate(async () => {
  const { createSoundEngine } = await import('/src/lib/audio/sound-engine.ts');
  const { defaultMix } = await import('/src/lib/guides/sound-layers.ts');
  const engine = createSoundEngine({ actions: { play() {}, pause() {}, stop() {} } });
  await engine.play({
    layers: defaultMix.map(({ source, volume }) => ({
      key: source,
      volume,
      source: { kind: 'soundscape', id: source },
    })),
    master: 0.9,
    fadeInSeconds: 0,
    timer: null,
    nowPlaying: { title: 'Rainy night', artist: 'Lull' },
  });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const bytes = engine.bufferBytes();
  await engine.dispose();
  return bytes;
});
await devPage.close();
await dev.close();

// 2. CPU while the default mix plays, against the same page silent: the production build.
const site = await preview({
  preview: { host: '127.0.0.1', port: 0, strictPort: false },
  logLevel: 'error',
});
const page = await browser.newPage();
await page.goto(`${site.resolvedUrls.local[0].replace(/\/$/, '')}/sounds`);
await page.getByRole('heading', { level: 1, name: 'Sounds' }).waitFor();
await page.waitForTimeout(3000);
const measure = async () => {
  const before = cpuSeconds(browserPid);
  await page.waitForTimeout(CPU_WINDOW_MS);
  return ((cpuSeconds(browserPid) - before) * 60_000) / CPU_WINDOW_MS;
};
const cpuSecondsPerMinuteSilent = await measure();
await page.getByRole('button', { name: 'Play' }).click();
await page.getByRole('button', { name: 'Pause' }).waitFor();
await page.waitForTimeout(3000);
const cpuSecondsPerMinutePlaying = await measure();
const level = Number(
  await page.getByRole('meter', { name: 'Sound level' }).getAttribute('data-level'),
);
if (!(level > -60)) throw new Error(`The mix was not audible (level ${level} dBFS).`);

await browser.close();
await server.close();
await site.close();

const figures = {
  renderSpeedX: Number(renderSpeedX.toFixed(1)),
  renderSpeedBestX: Number(renderSpeedBestX.toFixed(1)),
  renderSpeed60sX: Number(renderSpeed60sX.toFixed(1)),
  bufferMB: Number((bufferBytes / 1e6).toFixed(2)),
  cpuSecondsPerMinutePlaying: Number(cpuSecondsPerMinutePlaying.toFixed(2)),
  cpuSecondsPerMinuteSilent: Number(cpuSecondsPerMinuteSilent.toFixed(2)),
  sampleRate: SAMPLE_RATE,
  loadAverage: Number(loadavg()[0].toFixed(2)),
};
console.log(JSON.stringify(figures));
