import { batch, effect, signal, type ReadonlySignal } from '@preact/signals';
import { isAudible, type EngineState } from '../../lib/audio/engine-state';
import type { SoundEngine } from '../../lib/audio/sound-engine';
import { t } from './messages';
import type { NowPlayingModel } from './now-playing';
import type { SleepTimerModel } from './sleep-timer-model';
import type { SoundsPrefs, SoundsSettings } from './sounds-settings';

/** The part of the engine the model uses (tests pass a fake). */
export type EngineLike = Pick<
  SoundEngine,
  | 'play'
  | 'pause'
  | 'stop'
  | 'setLayers'
  | 'setMaster'
  | 'setTimer'
  | 'level'
  | 'state'
  | 'describe'
  | 'decode'
  | 'subscribe'
  | 'dispose'
>;

/** How long "Fade in gently" takes. */
export const FADE_IN_SECONDS = 20;

/** What playback works with. */
interface PlaybackParts {
  engine: EngineLike;
  settings: SoundsSettings;
  prefs: ReadonlySignal<SoundsPrefs>;
  nowPlaying: NowPlayingModel;
  sleepTimer: SleepTimerModel;
}

/**
 * Playback: plays the mix through the engine, pauses and stops it, and follows the engine's
 * state (an interruption, the timer's end, the lock screen's buttons). While sound plays the
 * engine follows the mix, the master volume, the timer and the lock screen's title.
 */
export function createPlayback({ engine, settings, prefs, nowPlaying, sleepTimer }: PlaybackParts) {
  const status = signal<EngineState>(engine.state());
  const hint = signal<string | null>(null);

  /** Plays the mix; a timer length given by a host (the routine) starts the timer afresh. */
  function playFor(minutes?: number) {
    const layers = nowPlaying.layers.value;
    if (layers.length === 0) {
      hint.value = t('status.nothingOn');
      return;
    }
    hint.value = null;
    if (minutes !== undefined) sleepTimer.start(minutes);
    else if (!isAudible(status.value)) sleepTimer.start();
    void engine.play({
      layers,
      master: prefs.value.masterVolume,
      fadeInSeconds: prefs.value.fadeIn ? FADE_IN_SECONDS : 0,
      timer: sleepTimer.timer.value,
      nowPlaying: nowPlaying.describe(),
    });
  }

  const play = () => playFor();

  function pause() {
    engine.pause();
    sleepTimer.clear();
  }

  function stop() {
    engine.stop();
    sleepTimer.clear();
  }

  const stopEngineWatch = engine.subscribe((state) =>
    batch(() => {
      status.value = state;
      if (!isAudible(state)) sleepTimer.clear();
    }),
  );

  const stops = [
    // The engine follows the mix while sound plays (this tab's changes, or another tab's).
    effect(() => {
      const layers = nowPlaying.layers.value;
      if (!isAudible(status.peek())) return;
      if (layers.length === 0) stop();
      else engine.setLayers(layers);
    }),
    effect(() => engine.setMaster(prefs.value.masterVolume)),
    effect(() => engine.setTimer(sleepTimer.timer.value)),
    effect(() => {
      if (isAudible(status.value)) engine.describe(nowPlaying.describe());
    }),
  ];

  return {
    status,
    /** Why nothing played ("turn a sound on first"), until the next play or change. */
    hint,
    playFor,
    play,
    pause,
    stop,
    /** Play, or pause if playing. */
    toggle: () => (isAudible(status.value) ? pause() : play()),
    setFadeIn: (on: boolean) => settings.update('sounds.fadeIn', on),
    dispose() {
      stopEngineWatch();
      stops.forEach((stopEffect) => stopEffect());
    },
  };
}
