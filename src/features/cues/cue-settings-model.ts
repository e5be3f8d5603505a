import { computed, signal } from '@preact/signals';
import { createCuePlayer, type CuePlayer } from '../../lib/cues/cue-player';
import { canVibrate } from '../../lib/cues/vibration';
import type { SettingsAccess } from '../../lib/settings/settings-access';
import type { CuesSettings } from './cue-settings';

/** The settings the cue settings change: the cues, and the breathing guide's stillness. */
export type CueSettingsPart = { cues: CuesSettings; breathing: { still: boolean } };

/** The cue settings' state: what this device can do, and a sample of the tone. */
export function createCueSettingsModel(
  settings: SettingsAccess<CueSettingsPart>,
  player: CuePlayer = createCuePlayer(() => settings.settings.value.cues),
  nav: Navigator | undefined = globalThis.navigator,
) {
  // Asked again when the voices load (late, in Chromium) and when the language changes: the
  // speaker reads the language, which subscribes this computed to it.
  const voicesLoaded = signal(0);
  const stopVoices = player.speaker.onChange(() => voicesLoaded.value++);
  const voiceAvailable = computed(() => (void voicesLoaded.value, player.speaker.available()));
  return {
    settings,
    voiceAvailable,
    vibrationAvailable: canVibrate(nav),
    /** Plays the in-breath tone at the chosen volume, then lets the audio device sleep. */
    sample() {
      player.sample('rise');
      player.close(3000);
    },
    dispose() {
      stopVoices();
      player.close();
    },
  };
}

/** The cue settings' model. */
export type CueSettingsModel = ReturnType<typeof createCueSettingsModel>;
