import type { EngineState } from '../../lib/audio/engine-state';
import type { SleepTimer } from '../../lib/audio/sleep-fade';
import type { EngineLike } from './playback-model';

/**
 * The engine, made on the first play (or file decoded): a tab that never plays, because
 * another tab has the sound, holds no engine, no companion element and no audio context.
 * Until then it reads as idle and silent, and keeps the volume and timer it is given.
 */
export function lazyEngine(create: () => EngineLike): EngineLike {
  let engine: EngineLike | null = null;
  const listeners = new Set<(state: EngineState) => void>();
  let master: number | undefined;
  let timer: SleepTimer | null | undefined;
  const made = () => {
    if (engine) return engine;
    const created = create();
    created.subscribe((state) => listeners.forEach((listener) => listener(state)));
    if (master !== undefined) created.setMaster(master);
    if (timer !== undefined) created.setTimer(timer);
    engine = created;
    return created;
  };

  return {
    play: (request) => made().play(request),
    pause: () => engine?.pause(),
    stop: () => engine?.stop(),
    setLayers: (layers) => engine?.setLayers(layers),
    setMaster: (volume) => (engine ? engine.setMaster(volume) : void (master = volume)),
    setTimer: (next) => (engine ? engine.setTimer(next) : void (timer = next)),
    level: () => engine?.level() ?? -Infinity,
    state: () => engine?.state() ?? 'idle',
    describe: (nowPlaying) => engine?.describe(nowPlaying),
    // The engine decodes with a short-lived offline context until it has a real one.
    decode: (data) => made().decode(data),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose: async () => engine?.dispose(),
  };
}
