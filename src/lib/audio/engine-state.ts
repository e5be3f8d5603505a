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
export class EngineStatus {
  private state: EngineState = 'idle';
  private releaseBusy: (() => void) | null = null;
  private readonly listeners = new Set<(state: EngineState) => void>();

  /** The state now. */
  get current(): EngineState {
    return this.state;
  }

  set(next: EngineState): void {
    if (next === this.state) return;
    this.state = next;
    const audible = isAudible(next);
    if (audible && !this.releaseBusy) this.releaseBusy = holdBusy('sounds');
    if (!audible && this.releaseBusy) {
      this.releaseBusy();
      this.releaseBusy = null;
    }
    this.listeners.forEach((listener) => listener(next));
  }

  subscribe(listener: (state: EngineState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Lets go of the busy hold and of every listener. */
  dispose(): void {
    this.releaseBusy?.();
    this.releaseBusy = null;
    this.listeners.clear();
  }
}
