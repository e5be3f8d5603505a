import { batch, computed, effect, signal } from '@preact/signals';
import { loudnessOf, seamlessLoop } from '../../lib/audio/loop-buffer';
import type { MediaActions } from '../../lib/audio/playback-session';
import type { SleepTimer } from '../../lib/audio/sleep-fade';
import {
  createSoundEngine,
  type DecodedSound,
  type EngineLayer,
  type EngineState,
} from '../../lib/audio/sound-engine';
import { isSoundscapeId, soundscapeIds } from '../../lib/audio/soundscape-ids';
import { systemClock, type Clock } from '../../lib/time/clock';
import { watchFrames } from '../../lib/time/frames';
import { appSettings } from '../settings/app-settings';
import type { SettingsModel } from '../settings/settings-model';
import { soundIdOf, soundSource, type PresetLayer } from './catalog';
import { builtInPresets } from './presets';
import {
  activeLayers,
  applyPreset,
  fadeMsFor,
  layerOf,
  matchesPreset,
  presetLayers,
  withLayer,
  withoutSource,
  type MixLayer,
} from './mix';
import { presetNames, soundscapeLabels } from './labels';
import { t } from './messages';
import { openUserSounds, type ImportProblem, type UserSound, type UserSounds } from './user-sounds';

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

/** A preset as the screen shows it. */
export interface PresetView {
  id: string;
  name: string;
  layers: readonly PresetLayer[];
  builtIn: boolean;
}

/** A short message under an action: what happened, or why not. */
export interface SoundsMessage {
  tone: 'info' | 'problem';
  text: string;
}

/** How long "Fade in gently" takes. */
export const FADE_IN_SECONDS = 20;
/** What "+15 min" adds. */
const EXTRA_MINUTES = 15;
const ARTWORK: MediaImage[] = [
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
];

const problemText: Record<ImportProblem, () => string> = {
  'too-large': () => t('own.tooLarge'),
  'not-audio': () => t('own.notAudio'),
  undecodable: () => t('own.undecodable'),
  'too-long': () => t('own.tooLong'),
  'no-space': () => t('own.noSpace'),
};

const audible = (state: EngineState) =>
  state === 'starting' || state === 'playing' || state === 'interrupted';

/** What the model is made with; every part has the app's default. */
export interface SoundsModelOptions {
  settings?: SettingsModel;
  createEngine?: (actions: MediaActions) => EngineLike;
  openSounds?: (decode: (data: ArrayBuffer) => Promise<AudioBuffer>) => UserSounds;
  clock?: Clock;
  frames?: (onFrame: () => void) => () => void;
}

/**
 * The Sounds model: the mix (saved in the settings), playback, the sleep timer, presets and
 * the person's own sounds. Components read its signals and call its actions; the audio
 * itself lives in the engine.
 */
export function createSoundsModel({
  settings = appSettings,
  createEngine = (actions) => createSoundEngine({ actions, artwork: ARTWORK }),
  openSounds = (decode) => openUserSounds(decode),
  clock = systemClock,
  frames = watchFrames,
}: SoundsModelOptions = {}) {
  const engine = createEngine({
    play: () => play(),
    pause: () => pause(),
    stop: () => stop(),
  });
  const sounds = openSounds((data) => engine.decode(data));
  const prefs = computed(() => settings.settings.value.sounds);
  const mix = computed(() => prefs.value.mix as MixLayer[]);
  const status = signal<EngineState>(engine.state());
  const timer = signal<SleepTimer | null>(null);
  /** The timer's whole length in minutes (with "+15 min" added), for the fade's cap. */
  let timerMinutes = 0;
  const level = signal(-Infinity);
  const now = signal(clock.now());
  const userSounds = signal<UserSound[]>([]);
  const unavailable = signal<ReadonlySet<string>>(new Set());
  const importMessage = signal<SoundsMessage | null>(null);
  const presetMessage = signal<SoundsMessage | null>(null);
  const hint = signal<string | null>(null);
  const importing = signal(false);
  const decoded = new Map<string, Promise<DecodedSound>>();

  const update = (next: MixLayer[]) => settings.update('sounds.mix', next);

  const nameOf = (source: string): string => {
    if (isSoundscapeId(source)) return soundscapeLabels[source].name();
    const id = soundIdOf(source);
    return userSounds.value.find((sound) => sound.id === id)?.name ?? '';
  };

  const presets = computed<PresetView[]>(() => [
    ...builtInPresets.map((preset) => ({
      id: preset.id,
      name: presetNames[preset.id](),
      layers: preset.layers,
      builtIn: true,
    })),
    ...prefs.value.presets.map((preset) => ({ ...preset, builtIn: false })),
  ]);

  const activePreset = computed(
    () => presets.value.find((preset) => matchesPreset(mix.value, preset.layers)) ?? null,
  );

  const nowPlaying = () => {
    const names = activeLayers(mix.value)
      .map((layer) => nameOf(layer.source))
      .filter(Boolean);
    const title =
      activePreset.value?.name ??
      new Intl.ListFormat(undefined, { type: 'conjunction' }).format(names);
    return { title, artist: t('nowPlaying.artist') };
  };

  const loadSound = (id: string) => (context: BaseAudioContext) => {
    let loading = decoded.get(id);
    if (!loading) {
      loading = sounds.data(id).then(async (data) => {
        if (!data) throw new Error('The sound’s bytes are gone.');
        const buffer = await context.decodeAudioData(data);
        return { buffer: seamlessLoop(context, buffer), loudness: loudnessOf(buffer) };
      });
      decoded.set(id, loading);
      loading.catch(() => {
        decoded.delete(id);
        unavailable.value = new Set([...unavailable.value, id]);
      });
    }
    return loading;
  };

  /** The layers the engine should play now. */
  const engineLayers = computed<EngineLayer[]>(() =>
    activeLayers(mix.value).flatMap(({ source, volume }): EngineLayer[] => {
      if (isSoundscapeId(source))
        return [{ key: source, volume, source: { kind: 'soundscape', id: source } }];
      const id = soundIdOf(source);
      if (!id || !userSounds.value.some((sound) => sound.id === id)) return [];
      return [{ key: source, volume, source: { kind: 'sound', load: loadSound(id) } }];
    }),
  );

  function startTimer() {
    const { timerMinutes: minutes, fadeOutMinutes } = prefs.value;
    timerMinutes = minutes;
    timer.value =
      minutes > 0
        ? { endsAt: clock.now() + minutes * 60_000, fadeMs: fadeMsFor(minutes, fadeOutMinutes) }
        : null;
  }

  function play() {
    const layers = engineLayers.value;
    if (layers.length === 0) {
      hint.value = t('status.nothingOn');
      return;
    }
    hint.value = null;
    if (!audible(status.value)) startTimer();
    void engine.play({
      layers,
      master: prefs.value.masterVolume,
      fadeInSeconds: prefs.value.fadeIn ? FADE_IN_SECONDS : 0,
      timer: timer.value,
      nowPlaying: nowPlaying(),
    });
  }

  function pause() {
    engine.pause();
    timer.value = null;
  }

  function stop() {
    engine.stop();
    timer.value = null;
  }

  const stopEngineWatch = engine.subscribe((state) => {
    batch(() => {
      status.value = state;
      if (!audible(state)) timer.value = null;
    });
  });

  // Keep the engine in step with the mix while sound plays (this tab's changes or another's).
  const stopLayers = effect(() => {
    const layers = engineLayers.value;
    if (!audible(status.peek())) return;
    if (layers.length === 0) stop();
    else engine.setLayers(layers);
  });
  const stopMaster = effect(() => engine.setMaster(prefs.value.masterVolume));
  const stopTimerSync = effect(() => engine.setTimer(timer.value));
  const stopTitle = effect(() => {
    if (audible(status.value)) engine.describe(nowPlaying());
  });

  // The level meter and the countdown: read on animation frames while sound plays (and a
  // moment after, to catch the level once the fade is done), nothing otherwise.
  let stopFrames: (() => void) | null = null;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let lastRead = 0;
  const read = () => {
    const time = clock.now();
    if (time - lastRead < 100) return;
    lastRead = time;
    batch(() => {
      level.value = engine.level();
      now.value = time;
    });
  };
  const stopMeter = effect(() => {
    const playing = audible(status.value);
    clearTimeout(settleTimer);
    if (playing && !stopFrames) stopFrames = frames(read);
    if (!playing && stopFrames) {
      settleTimer = setTimeout(() => {
        lastRead = 0;
        read();
        stopFrames?.();
        stopFrames = null;
      }, 1000);
    }
  });

  const clockTime = (ms: number) =>
    new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(ms);
  const fading = computed(() => {
    const running = timer.value;
    return running !== null && now.value >= running.endsAt - running.fadeMs;
  });
  /** One sentence for the status line (a live region: it changes only with the state). */
  const statusText = computed(() => {
    const running = timer.value;
    switch (status.value) {
      case 'starting':
        return t('status.starting');
      case 'playing':
        if (!running) return t('status.playing');
        return fading.value
          ? t('status.fading', { time: clockTime(running.endsAt) })
          : t('status.playingUntil', { time: clockTime(running.endsAt) });
      case 'paused':
        return t('status.paused');
      case 'interrupted':
        return t('status.interrupted');
      case 'ended':
        return t('status.ended');
      case 'failed':
        return t('status.failed');
      default:
        return t('status.idle');
    }
  });
  /** Whole minutes left on the timer (rounded up), or null without one. */
  const remainingMinutes = computed(() => {
    const running = timer.value;
    return running ? Math.max(0, Math.ceil((running.endsAt - now.value) / 60_000)) : null;
  });

  const refreshSounds = async () => {
    userSounds.value = await sounds.list();
  };
  void refreshSounds();

  return {
    status,
    timer,
    level,
    now,
    mix,
    prefs,
    presets,
    activePreset,
    userSounds,
    unavailable,
    importMessage,
    presetMessage,
    hint,
    statusText,
    remainingMinutes,
    fading,
    importing,
    soundscapes: soundscapeIds,
    nameOf,
    storageMode: () => sounds.mode(),
    usedBytes: computed(() => userSounds.value.reduce((sum, sound) => sum + sound.bytes, 0)),
    layer: (source: string) => layerOf(mix.value, source),

    play,
    pause,
    stop,
    /** Play, or pause if playing. */
    toggle() {
      if (audible(status.value)) pause();
      else play();
    },

    setLayerOn(source: string, on: boolean) {
      hint.value = null;
      update(withLayer(mix.value, source, { on }));
    },
    setLayerVolume(source: string, volume: number) {
      update(withLayer(mix.value, source, { volume: Math.round(volume * 100) / 100 }));
    },
    setMaster(volume: number) {
      settings.update('sounds.masterVolume', Math.round(volume * 100) / 100);
    },

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
    setFadeIn(on: boolean) {
      settings.update('sounds.fadeIn', on);
    },
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
      const preset = presets.value.find((candidate) => candidate.id === id);
      if (!preset) return;
      const known = new Set([...soundscapeIds, ...userSounds.value.map((s) => soundSource(s.id))]);
      update(
        applyPreset(
          mix.value,
          preset.layers.filter((layer) => known.has(layer.source)),
        ),
      );
      play();
    },
    /** Saves the current mix as a preset; false when nothing is on. */
    savePreset(name: string): boolean {
      const layers = presetLayers(mix.value);
      if (layers.length === 0 || !name.trim()) return false;
      const id = `p-${clock.now().toString(36)}`;
      settings.update('sounds.presets', [
        ...prefs.value.presets,
        { id, name: name.trim().slice(0, 60), layers },
      ]);
      presetMessage.value = { tone: 'info', text: t('presets.saved', { name: name.trim() }) };
      return true;
    },
    renamePreset(id: string, name: string) {
      if (!name.trim()) return;
      settings.update(
        'sounds.presets',
        prefs.value.presets.map((preset) =>
          preset.id === id ? { ...preset, name: name.trim().slice(0, 60) } : preset,
        ),
      );
    },
    deletePreset(id: string) {
      settings.update(
        'sounds.presets',
        prefs.value.presets.filter((preset) => preset.id !== id),
      );
    },

    /** Adds a file of the person's own, with a message either way. */
    async importSound(file: File) {
      importing.value = true;
      importMessage.value = { tone: 'info', text: t('own.adding', { name: file.name }) };
      try {
        const result = await sounds.add(file);
        if (!result.ok) {
          importMessage.value = { tone: 'problem', text: problemText[result.problem]() };
          return;
        }
        await refreshSounds();
        importMessage.value = { tone: 'info', text: t('own.added', { name: result.sound.name }) };
      } finally {
        importing.value = false;
      }
    },
    /** Deletes a sound of the person's own, from the mix and the presets too. */
    async deleteSound(id: string) {
      const source = soundSource(id);
      update(withoutSource(mix.value, source));
      settings.update(
        'sounds.presets',
        prefs.value.presets.map((preset) => ({
          ...preset,
          layers: preset.layers.filter((layer) => layer.source !== source),
        })),
      );
      await sounds.remove(id);
      decoded.delete(id);
      await refreshSounds();
    },

    dispose() {
      stopEngineWatch();
      stopLayers();
      stopMaster();
      stopTimerSync();
      stopTitle();
      stopMeter();
      clearTimeout(settleTimer);
      stopFrames?.();
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
