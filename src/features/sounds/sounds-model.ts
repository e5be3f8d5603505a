import { computed } from '@preact/signals';
import { isAudible } from '../../lib/audio/engine-state';
import type { MediaActions } from '../../lib/audio/playback-session';
import { createSoundEngine } from '../../lib/audio/sound-engine';
import { createTabTurns, type TabTurns } from '../../lib/audio/tab-turns';
import { soundscapeIds } from '../../lib/audio/soundscape-ids';
import { soundSource } from '../../lib/guides/sound-layers';
import { systemClock, type Clock } from '../../lib/time/clock';
import { timerClock } from '../../lib/time/steady-clock';
import { createMix } from './mix-model';
import { createNowPlaying } from './now-playing';
import { shareWithOtherTabs } from './other-tabs';
import { createOwnSounds } from './own-sounds-model';
import { createPlayback, type EngineLike } from './playback-model';
import { createPresets } from './presets-model';
import { createReadout } from './readout';
import { createSleepTimer } from './sleep-timer-model';
import type { SoundsSettings } from './sounds-settings';
import { t } from './messages';
import { createStatus } from './sounds-status';
import { openUserSounds, type UserSounds } from './user-sounds';

const ARTWORK: MediaImage[] = [
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
];

/** What the model is made with; every part has the app's default. */
export interface SoundsModelOptions {
  /** The app's settings, where the mix and the timer's choices are kept. */
  settings: SoundsSettings;
  createEngine?: (actions: MediaActions) => EngineLike;
  openSounds?: (decode: (data: ArrayBuffer) => Promise<AudioBuffer>) => UserSounds;
  /** The clock the sleep timer counts on. */
  clock?: Clock;
  /** The device's clock, on which the timer's end is shown. */
  wallClock?: Clock;
  /** Calls its argument now and then while sound plays (tests call it by hand). */
  ticks?: (onTick: () => void) => () => void;
  /** Which of Lull's tabs plays (tests pass one on a fake channel, or alone). */
  turns?: TabTurns;
}

/**
 * The Sounds model: the mix (saved in the settings), playback, the sleep timer, presets and
 * the person's own sounds, each its own part, made and joined here. Components read its
 * signals and call its actions; the audio itself lives in the engine (lib/audio).
 */
export function createSoundsModel({
  settings,
  createEngine = (actions) => createSoundEngine({ actions, artwork: ARTWORK }),
  openSounds = (decode) => openUserSounds(decode),
  clock = timerClock,
  wallClock = systemClock,
  ticks,
  turns = createTabTurns(),
}: SoundsModelOptions) {
  // The lock screen's buttons act as the player's own do. The engine opens no audio context
  // and no companion element until it first plays: a tab whose sound plays elsewhere has none.
  const engine = createEngine({
    play: () => playback.play(),
    pause: () => playback.pause(),
    stop: () => playback.stop(),
  });
  const prefs = computed(() => settings.settings.value.sounds);
  const mix = createMix(settings);
  const own = createOwnSounds(
    openSounds((data) => engine.decode(data)),
    settings,
    mix.mix,
  );
  const known = () =>
    new Set<string>([...soundscapeIds, ...own.list.value.map((sound) => soundSource(sound.id))]);
  const presets = createPresets(settings, mix.mix, known, clock);
  const nowPlaying = createNowPlaying(mix.mix, own, presets.active);
  const sleepTimer = createSleepTimer(settings, prefs, clock, () => audible.value);
  const playback = createPlayback({ engine, settings, prefs, nowPlaying, sleepTimer });
  const audible = computed(() => isAudible(playback.status.value));
  const readout = createReadout(() => engine.level(), audible, clock, ticks);
  const statusView = createStatus(playback.status, sleepTimer.timer, readout.now, () =>
    wallClock.now(),
  );
  const tabs = shareWithOtherTabs(turns, playback.status, playback.stop);

  return {
    // As the parts have them: the mix's (mix, layer, setLayerOn, setLayerVolume, setMaster)
    // and playback's (status, hint, play, pause, stop, toggle, setFadeIn).
    ...mix,
    ...playback,
    statusText: computed(() =>
      tabs.elsewhere.value && !audible.value ? t('status.elsewhere') : statusView.text.value,
    ),
    /** True while another of Lull's tabs plays: Play brings the sound here. */
    elsewhere: tabs.elsewhere,
    remainingMinutes: statusView.remainingMinutes,
    fading: statusView.fading,
    timer: sleepTimer.timer,
    level: readout.level,
    prefs,
    soundscapes: soundscapeIds,
    presets: presets.list,
    activePreset: presets.active,
    presetMessage: presets.message,
    userSounds: own.list,
    unavailable: own.unavailable,
    importMessage: own.message,
    importing: own.importing,
    usedBytes: own.usedBytes,
    storageMode: own.mode,

    /** Turns a layer on or off; the "turn a sound on first" hint goes. */
    setLayerOn(source: string, on: boolean) {
      playback.hint.value = null;
      mix.setLayerOn(source, on);
    },
    setTimerMinutes: sleepTimer.setTimerMinutes,
    setFadeOutMinutes: sleepTimer.setFadeOutMinutes,
    addFifteen: sleepTimer.addFifteen,

    /** Plays a preset: its layers on at its volumes. */
    applyPreset(id: string) {
      if (presets.apply(id)) playback.play();
    },
    /**
     * Plays for a host (the routine's lights out): its preset, if it names one that exists
     * (else the mix as it is), with its own sleep timer. The timer set on Sounds stays as it is.
     */
    playFor(minutes: number, presetId = '') {
      if (presetId) presets.apply(presetId);
      playback.playFor(minutes);
    },
    savePreset: presets.save,
    renamePreset: presets.rename,
    deletePreset: presets.remove,
    importSound: own.add,
    deleteSound: own.remove,

    dispose() {
      tabs.dispose();
      playback.dispose();
      readout.dispose();
      void engine.dispose();
    },
  };
}

/** The Sounds model's interface. */
export type SoundsModel = ReturnType<typeof createSoundsModel>;
