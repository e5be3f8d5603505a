import { currentLocale } from '../../lib/messages';
import { batch, computed, effect, signal } from '@preact/signals';
import type { EngineLayer } from '../../lib/audio/layer-set';
import type { MediaActions } from '../../lib/audio/playback-session';
import type { SleepTimer } from '../../lib/audio/sleep-fade';
import { createSoundEngine, type EngineState } from '../../lib/audio/sound-engine';
import { isSoundscapeId, soundscapeIds } from '../../lib/audio/soundscape-ids';
import { systemClock, type Clock } from '../../lib/time/clock';
import { timerClock } from '../../lib/time/steady-clock';
import { appSettings } from '../settings/app-settings';
import type { SettingsModel } from '../settings/settings-model';
import { soundIdOf, soundSource } from '../../lib/guides/sound-layers';
import { soundscapeLabels } from './soundscape-labels';
import { activeLayers, layerOf, withLayer, type MixLayer } from './mix-layers';
import { fadeMsFor } from './sleep-timer';
import { t } from './messages';
import { createOwnSounds } from './own-sounds-model';
import { createPresets } from './presets-model';
import { createReadout, whileShown } from './readout';
import { createStatus } from './sounds-status';
import { openUserSounds, type UserSounds } from './user-sounds';

/** The part of the engine the model uses (tests pass a fake). */
export type EngineLike = Pick<
  ReturnType<typeof createSoundEngine>,
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
/** What "+15 min" adds. */
const EXTRA_MINUTES = 15;
const ARTWORK: MediaImage[] = [
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
];

const audible = (state: EngineState) =>
  state === 'starting' || state === 'playing' || state === 'interrupted';

/** What the model is made with; every part has the app's default. */
export interface SoundsModelOptions {
  settings?: SettingsModel;
  createEngine?: (actions: MediaActions) => EngineLike;
  openSounds?: (decode: (data: ArrayBuffer) => Promise<AudioBuffer>) => UserSounds;
  /** The clock the sleep timer counts on. */
  clock?: Clock;
  /** The device's clock, on which the timer's end is shown. */
  wallClock?: Clock;
  /** Calls its argument now and then while sound plays (tests call it by hand). */
  ticks?: (onTick: () => void) => () => void;
}

/**
 * The Sounds model: the mix (saved in the settings), playback, the sleep timer, presets and
 * the person's own sounds. Components read its signals and call its actions; the audio
 * itself lives in the engine (lib/audio).
 */
export function createSoundsModel({
  settings = appSettings,
  createEngine = (actions) => createSoundEngine({ actions, artwork: ARTWORK }),
  openSounds = (decode) => openUserSounds(decode),
  clock = timerClock,
  wallClock = systemClock,
  ticks = whileShown,
}: SoundsModelOptions = {}) {
  const engine = createEngine({ play: () => play(), pause: () => pause(), stop: () => stop() });
  const prefs = computed(() => settings.settings.value.sounds);
  const mix = computed(() => prefs.value.mix as MixLayer[]);
  const own = createOwnSounds(
    openSounds((data) => engine.decode(data)),
    settings,
    mix,
  );
  const known = () =>
    new Set<string>([...soundscapeIds, ...own.list.value.map((sound) => soundSource(sound.id))]);
  const presets = createPresets(settings, mix, known, clock);
  const status = signal<EngineState>(engine.state());
  const timer = signal<SleepTimer | null>(null);
  const readout = createReadout(
    () => engine.level(),
    computed(() => audible(status.value)),
    clock,
    ticks,
  );
  const hint = signal<string | null>(null);
  // The running timer's whole length (with every "+15 min"), for the cap on its fade.
  let timerMinutes = 0;

  const nameOf = (source: string): string => {
    if (isSoundscapeId(source)) return soundscapeLabels[source].name();
    const id = soundIdOf(source);
    return own.list.value.find((sound) => sound.id === id)?.name ?? '';
  };

  const nowPlaying = () => {
    const names = activeLayers(mix.value).map((layer) => nameOf(layer.source));
    const title =
      presets.active.value?.name ??
      new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format(names.filter(Boolean));
    return { title, artist: t('nowPlaying.artist') };
  };

  /** The layers the engine should play now. */
  const engineLayers = computed<EngineLayer[]>(() =>
    activeLayers(mix.value).flatMap(({ source, volume }): EngineLayer[] => {
      if (isSoundscapeId(source))
        return [{ key: source, volume, source: { kind: 'soundscape', id: source } }];
      const id = soundIdOf(source);
      if (!id || !own.list.value.some((sound) => sound.id === id)) return [];
      return [{ key: source, volume, source: { kind: 'sound', load: own.loader(id) } }];
    }),
  );

  function startTimer(minutes = prefs.value.timerMinutes) {
    const { fadeOutMinutes } = prefs.value;
    timerMinutes = minutes;
    timer.value =
      minutes > 0
        ? { endsAt: clock.now() + minutes * 60_000, fadeMs: fadeMsFor(minutes, fadeOutMinutes) }
        : null;
  }

  /** Plays the mix; a timer length given by a host (the routine) starts the timer afresh. */
  function playFor(minutes?: number) {
    const layers = engineLayers.value;
    if (layers.length === 0) {
      hint.value = t('status.nothingOn');
      return;
    }
    hint.value = null;
    if (minutes !== undefined) startTimer(minutes);
    else if (!audible(status.value)) startTimer();
    void engine.play({
      layers,
      master: prefs.value.masterVolume,
      fadeInSeconds: prefs.value.fadeIn ? FADE_IN_SECONDS : 0,
      timer: timer.value,
      nowPlaying: nowPlaying(),
    });
  }

  const play = () => playFor();

  function pause() {
    engine.pause();
    timer.value = null;
  }

  function stop() {
    engine.stop();
    timer.value = null;
  }

  const stopEngineWatch = engine.subscribe((state) =>
    batch(() => {
      status.value = state;
      if (!audible(state)) timer.value = null;
    }),
  );

  const stops = [
    // The engine follows the mix while sound plays (this tab's changes, or another tab's).
    effect(() => {
      const layers = engineLayers.value;
      if (!audible(status.peek())) return;
      if (layers.length === 0) stop();
      else engine.setLayers(layers);
    }),
    effect(() => engine.setMaster(prefs.value.masterVolume)),
    effect(() => engine.setTimer(timer.value)),
    effect(() => {
      if (audible(status.value)) engine.describe(nowPlaying());
    }),
  ];

  const statusView = createStatus(status, timer, readout.now, () => wallClock.now());

  return {
    status,
    statusText: statusView.text,
    remainingMinutes: statusView.remainingMinutes,
    fading: statusView.fading,
    timer,
    level: readout.level,
    hint,
    prefs,
    mix,
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
    layer: (source: string) => layerOf(mix.value, source),

    play,
    pause,
    stop,
    /** Play, or pause if playing. */
    toggle: () => (audible(status.value) ? pause() : play()),

    setLayerOn(source: string, on: boolean) {
      hint.value = null;
      settings.update('sounds.mix', withLayer(mix.value, source, { on }));
    },
    setLayerVolume(source: string, volume: number) {
      const rounded = Math.round(volume * 100) / 100;
      settings.update('sounds.mix', withLayer(mix.value, source, { volume: rounded }));
    },
    setMaster: (volume: number) =>
      settings.update('sounds.masterVolume', Math.round(volume * 100) / 100),

    /** Chooses the timer (0: until I stop). While playing, it counts from now. */
    setTimerMinutes(minutes: number) {
      settings.update('sounds.timerMinutes', minutes);
      if (audible(status.value)) startTimer();
    },
    setFadeOutMinutes(minutes: number) {
      settings.update('sounds.fadeOutMinutes', minutes);
      const running = timer.value;
      if (running) timer.value = { ...running, fadeMs: fadeMsFor(timerMinutes, minutes) };
    },
    setFadeIn: (on: boolean) => settings.update('sounds.fadeIn', on),
    /** "+15 min": the running timer ends a quarter of an hour later. */
    addFifteen() {
      const running = timer.value;
      if (!running) return;
      timerMinutes += EXTRA_MINUTES;
      timer.value = {
        endsAt: running.endsAt + EXTRA_MINUTES * 60_000,
        fadeMs: fadeMsFor(timerMinutes, prefs.value.fadeOutMinutes),
      };
    },

    /** Plays a preset: its layers on at its volumes. */
    applyPreset(id: string) {
      if (presets.apply(id)) play();
    },
    /**
     * Plays for a host (the routine's lights out): its preset, if it names one that exists
     * (else the mix as it is), with its own sleep timer. The timer set on Sounds stays as it is.
     */
    playFor(minutes: number, presetId = '') {
      if (presetId) presets.apply(presetId);
      playFor(minutes);
    },
    savePreset: presets.save,
    renamePreset: presets.rename,
    deletePreset: presets.remove,
    importSound: own.add,
    deleteSound: own.remove,

    dispose() {
      stopEngineWatch();
      stops.forEach((stopEffect) => stopEffect());
      readout.dispose();
      void engine.dispose();
    },
  };
}

/** The Sounds model's interface. */
export type SoundsModel = ReturnType<typeof createSoundsModel>;

let shared: SoundsModel | undefined;

/**
 * The app's one Sounds model, made on first use: the screen and, later, the routine share
 * it, so there is only ever one engine and one AudioContext.
 */
export function soundsModel(): SoundsModel {
  return (shared ??= createSoundsModel());
}
