import { createSpeaker, type Speaker } from './speech';
import type { ToneHandle } from './tone';
import { createTonePlayer, type TonePlayer } from './tone-player';
import { tones, type ToneName } from './tones';
import { vibrate as defaultVibrate } from './vibration';

/** Which cues the person wants (the `cues` settings section). */
export interface CueOptions {
  tone: boolean;
  /** Percent of the tone's full level. */
  toneVolume: number;
  vibrate: boolean;
  voice: boolean;
}

/** One cue: any of a tone, a spoken word and a vibration. */
export interface Cue {
  tone?: ToneName;
  word?: string;
  vibration?: number | number[];
}

/** A cue that comes this late (it passed while hidden, or before a reload) stays silent. */
export const STALE_CUE_MS = 1500;

/** What the cue player needs from the device (tests pass fakes). */
export interface CueDevices {
  tones: TonePlayer;
  speaker: Speaker;
  vibrate: (pattern: number | number[]) => unknown;
}

/**
 * Gives cues as the person set them. A cue's tone is scheduled on the audio clock as soon as
 * the cue is next (`prepare`), so it sounds on time even when the page is hidden or busy; when
 * the cue is reached (`give`), the word is said and the phone vibrates.
 */
export function createCuePlayer(
  options: () => CueOptions,
  devices: CueDevices = {
    tones: createTonePlayer(),
    speaker: createSpeaker(),
    vibrate: defaultVibrate,
  },
) {
  let prepared: { index: number; handle: ToneHandle } | null = null;
  let closing: ReturnType<typeof setTimeout> | undefined;
  const volume = () => options().toneVolume / 100;

  const cancelPrepared = () => {
    prepared?.handle.stop();
    prepared = null;
  };

  return {
    speaker: devices.speaker,
    /** Call from the tap that starts a session: audio may only start on a user gesture. */
    unlock() {
      clearTimeout(closing);
      if (options().tone) devices.tones.unlock();
    },
    /** Schedules cue `index`'s tone to sound in `inMs`. */
    prepare(index: number, cue: Cue, inMs: number) {
      if (prepared?.index === index) return;
      cancelPrepared();
      if (!cue.tone || !options().tone || !devices.tones.ready()) return;
      const handle = devices.tones.play(tones[cue.tone], inMs, volume());
      if (handle) prepared = { index, handle };
    },
    cancelPrepared,
    /** Cue `index` is reached, `lateMs` after its time. */
    give(index: number, cue: Cue, lateMs: number) {
      const wanted = options();
      const fresh = lateMs < STALE_CUE_MS;
      if (prepared?.index === index) prepared = null;
      else if (fresh && wanted.tone && cue.tone) devices.tones.play(tones[cue.tone], 0, volume());
      if (fresh && wanted.voice && cue.word) devices.speaker.say(cue.word);
      if (fresh && wanted.vibrate && cue.vibration !== undefined) devices.vibrate(cue.vibration);
    },
    /** Plays a tone now at the chosen volume (the settings' "play a sample"). */
    sample(tone: ToneName) {
      clearTimeout(closing);
      devices.tones.unlock();
      devices.tones.play(tones[tone], 0, volume());
    },
    /** Stops everything scheduled and, after `afterMs` (a last chime), lets the audio sleep. */
    close(afterMs = 0) {
      cancelPrepared();
      clearTimeout(closing);
      if (afterMs > 0) closing = setTimeout(() => devices.tones.close(), afterMs);
      else {
        devices.speaker.hush();
        devices.tones.close();
      }
    },
  };
}

/** A cue player's interface. */
export type CuePlayer = ReturnType<typeof createCuePlayer>;
