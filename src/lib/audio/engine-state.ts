import { holdBusy } from '../busy';

/** Where the engine stands. */
export type EngineState =
  'idle' | 'starting' | 'playing' | 'paused' | 'interrupted' | 'ended' | 'failed';

/** True while sound is meant to be heard: starting, playing, or waiting out an interruption. */
export function isAudible(state: EngineState): boolean {
  return state === 'starting' || state === 'playing' || state === 'interrupted';
}

/**
 * The engine's state, told to every listener when it changes. While sound is audible the app
 * is held busy, so an update never reloads the page under it.
 */
export function createEngineStatus() {
  let state: EngineState = 'idle';
  let releaseBusy: (() => void) | null = null;
  const listeners = new Set<(state: EngineState) => void>();
  return {
    current: () => state,
    set(next: EngineState): void {
      if (next === state) return;
      state = next;
      const audible = isAudible(next);
      if (audible && !releaseBusy) releaseBusy = holdBusy('sounds');
      if (!audible && releaseBusy) {
        releaseBusy();
        releaseBusy = null;
      }
      listeners.forEach((listener) => listener(next));
    },
    subscribe(listener: (state: EngineState) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Lets go of the busy hold and of every listener. */
    dispose(): void {
      releaseBusy?.();
      releaseBusy = null;
      listeners.clear();
    },
  };
}

/** The engine's state and its listeners. */
export type EngineStatus = ReturnType<typeof createEngineStatus>;
