import { signal } from '@preact/signals';
import { createCuePlayer, type CuePlayer } from '../../lib/cues/cue-player';
import { canVibrate } from '../../lib/cues/vibration';
import { appSettings } from '../settings/app-settings';
import type { SettingsModel } from '../settings/settings-model';

/** The cue settings' state: what this device can do, and a sample of the tone. */
export function createCueSettingsModel(
  settings: SettingsModel = appSettings,
  player: CuePlayer = createCuePlayer(() => settings.settings.value.cues),
  nav: Navigator | undefined = globalThis.navigator,
) {
  const voiceAvailable = signal(player.speaker.available());
  const stopVoices = player.speaker.onChange(
    () => (voiceAvailable.value = player.speaker.available()),
  );
  return {
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
