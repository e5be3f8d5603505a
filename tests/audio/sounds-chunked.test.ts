import { describe, expect, it } from 'vitest';
import { createChunkedMix } from '../../src/lib/audio/chunked-mix';
import { Random } from '../../src/lib/audio/dsp/random';
import type { SoundscapeId } from '../../src/lib/audio/soundscape-ids';
import { soundscapeGain } from '../../src/lib/audio/soundscapes/loudness';
import { soundscapeDsp } from '../../src/lib/audio/soundscapes/registry';

// The app plays the built-in soundscapes as chunks rendered ahead in a Worker. Played back to
// back, they must be exactly the layer's one continuous synthesis: no sample dropped or
// played twice at a seam (a click), and nothing repeated (each chunk is new material).

const RATE = 48_000;
const SECONDS = 13; // the short first chunk and three of 4 s: every kind of seam
const LEAD_FRAMES = Math.ceil(0.05 * RATE); // the first chunk plays this long after it arrives (at 0)

/** The layer's synthesis rendered straight through, as the Worker steps it (1024 frames). */
function continuous(id: SoundscapeId, seed: number, frames: number): Float32Array {
  const dsp = soundscapeDsp[id](RATE, new Random(seed));
  const left = new Float32Array(frames);
  const right = new Float32Array(frames);
  for (let from = 0; from < frames; from += 1024)
    dsp.render(left.subarray(from, from + 1024), right.subarray(from, from + 1024));
  return left.map((sample) => sample * soundscapeGain(id));
}

describe('the chunked soundscape mix', () => {
  it('plays chunk after chunk as one seamless, unrepeating synthesis', async () => {
    const context = new OfflineAudioContext(2, SECONDS * RATE, RATE);
    const mix = createChunkedMix(context, context.destination);
    mix.add({ key: 'fire', id: 'fire', seed: 5, gain: 1 }, 0);
    await mix.ready;
    // Render a tenth of a second at a time, giving the Worker time to answer, as real time does.
    for (let at = 0.1; at < SECONDS; at += 0.1)
      void context.suspend(at).then(() => setTimeout(() => void context.resume(), 40));
    const played = (await context.startRendering()).getChannelData(0);
    mix.disconnect();

    const expected = continuous('fire', 5, played.length);
    let worst = 0;
    for (let i = LEAD_FRAMES; i < played.length; i++)
      worst = Math.max(worst, Math.abs(played[i] - expected[i - LEAD_FRAMES]));
    expect(worst).toBeLessThan(1e-6);
    expect(played.subarray(0, LEAD_FRAMES).every((sample) => sample === 0)).toBe(true);
    // Sound throughout, to the last frame: every chunk came in time.
    const tail = played.subarray(played.length - RATE);
    expect(tail.some((sample) => sample !== 0)).toBe(true);
  });
});
