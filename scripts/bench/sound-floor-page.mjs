// The floor the sound mix's CPU is judged against: a plain page that loops pre-made buffers,
// the cheapest way a web page can play the same number of continuous sounds. The bench serves
// it next to Lull's production build, on the same origin (so under the same headers).

/** Runs in the page: four looping stereo buffers of noise through one gain to the speakers. */
function playFloor(layers) {
  const context = new AudioContext({ latencyHint: 'playback' });
  const gain = new GainNode(context, { gain: 0.25 });
  gain.connect(context.destination);
  for (let layer = 0; layer < layers; layer += 1) {
    // Ten seconds at the context's own rate and Lull's channel count: nothing is resampled.
    const buffer = context.createBuffer(2, 10 * context.sampleRate, context.sampleRate);
    for (let channel = 0; channel < 2; channel += 1) {
      const samples = buffer.getChannelData(channel);
      for (let i = 0; i < samples.length; i += 1) samples[i] = (Math.random() * 2 - 1) * 0.2;
    }
    const source = new AudioBufferSourceNode(context, { buffer, loop: true });
    source.connect(gain);
    source.start();
  }
  return context.resume();
}

/** The floor page's files, by path. */
export const floorFiles = {
  '/bench-floor.html':
    '<!doctype html><html lang="en"><title>Floor</title>' +
    '<button type="button" id="play">Play</button><script src="/bench-floor.js"></script></html>',
  '/bench-floor.js': `window.playFloor = ${playFloor.toString()};`,
};

/** A Vite plugin that serves the floor page from the preview server. */
export const floorPagePlugin = {
  name: 'bench-floor-page',
  configurePreviewServer(server) {
    server.middlewares.use((request, response, next) => {
      const path = (request.url ?? '').split('?')[0];
      const body = floorFiles[path];
      if (body === undefined) return next();
      response.setHeader('Content-Type', path.endsWith('.js') ? 'text/javascript' : 'text/html');
      response.end(body);
    });
  },
};
