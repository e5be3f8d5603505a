import { settingsPart } from '../../../src/lib/settings/settings-access';
import { settingsSpec } from '../../../src/app/settings-schema';
// Shared set-up for the Sounds tests: a settings model on fresh fake-indexeddb stores, a fake
// engine that records what it is asked, and a user-sounds store with a fake decoder.
import { vi } from 'vitest';
import { createSettingsModel } from '../../../src/lib/settings/settings-model';
import type { EngineLike } from '../../../src/features/sounds/playback-model';
import { createSoundsModel } from '../../../src/features/sounds/sounds-model';
import { openUserSounds } from '../../../src/features/sounds/user-sounds';
import type { EngineState, PlayRequest } from '../../../src/lib/audio/sound-engine';
import type { EngineLayer } from '../../../src/lib/audio/layer-set';
import type { SleepTimer } from '../../../src/lib/audio/sleep-fade';
import type { MediaActions } from '../../../src/lib/audio/playback-session';
import { createTabTurns, type TabTurns } from '../../../src/lib/audio/tab-turns';
import { openKeyValueStore } from '../../../src/lib/storage/kv';
import { steadyClock } from '../../../src/lib/time/steady-clock';

let count = 0;
/** A database name no other test uses. */
export const freshName = (prefix: string) => `${prefix}-${(count += 1)}-${Math.random()}`;

/** A decoded "AudioBuffer" of `seconds`, enough for the checks user-sounds makes. */
export const decodedOf = (seconds: number) =>
  ({ duration: seconds, length: Math.round(seconds * 48_000) }) as AudioBuffer;

/** An engine that plays nothing and remembers everything it was told. */
export function fakeEngine() {
  let state: EngineState = 'idle';
  const listeners = new Set<(state: EngineState) => void>();
  const engine = {
    plays: [] as PlayRequest[],
    layers: [] as EngineLayer[][],
    timers: [] as (SleepTimer | null)[],
    masters: [] as number[],
    levelNow: -30,
    actions: undefined as MediaActions | undefined,
    setState(next: EngineState) {
      state = next;
      listeners.forEach((listener) => listener(next));
    },
    play: vi.fn(async (request: PlayRequest) => {
      engine.plays.push(request);
      engine.setState('playing');
    }),
    pause: vi.fn(() => engine.setState('paused')),
    stop: vi.fn(() => engine.setState('idle')),
    setLayers: vi.fn((layers: EngineLayer[]) => void engine.layers.push(layers)),
    setMaster: vi.fn((volume: number) => void engine.masters.push(volume)),
    setTimer: vi.fn((timer: SleepTimer | null) => void engine.timers.push(timer)),
    level: vi.fn(() => engine.levelNow),
    state: () => state,
    describe: vi.fn(),
    decode: vi.fn(async () => decodedOf(2)),
    subscribe(listener: (state: EngineState) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose: vi.fn(async () => undefined),
  };
  return engine satisfies EngineLike;
}

/**
 * A device's clocks, moved by hand: the app's steady timer clock over a wall clock and a
 * monotonic one. Time passing moves both; setting the device's clock moves the wall one only.
 */
export function manualClock(start = Date.parse('2026-11-22T22:30:00Z')) {
  let wall = start;
  let ticks = 0;
  const steady = steadyClock(
    () => wall,
    () => ticks,
    undefined,
    () => false,
  );
  return {
    now: () => steady.now(),
    wall: { now: () => wall },
    advance(ms: number) {
      wall += ms;
      ticks += ms;
    },
    /** The clock is set by hand in another window: Lull's loses the focus, no time passes. */
    setClock(ms: number) {
      window.dispatchEvent(new Event('blur'));
      wall += ms;
    },
  };
}

/**
 * A Sounds model over fresh stores, a fake engine and readings the test takes by hand; alone,
 * unless `turns` joins it to other tabs.
 */
export async function setup(turns: TabTurns = createTabTurns({ channel: null, locks: null })) {
  const settings = createSettingsModel(
    settingsSpec,
    {
      settings: openKeyValueStore(freshName('sounds-settings')),
      journal: openKeyValueStore(freshName('sounds-journal')),
    },
    { channel: null, debounceMs: 0 },
  );
  await settings.ready;
  const engine = fakeEngine();
  const clock = manualClock();
  const frameCallbacks = new Set<() => void>();
  const soundsDb = freshName('sounds-files');
  const model = createSoundsModel({
    settings: settingsPart(settings),
    createEngine: (actions) => {
      engine.actions = actions;
      return engine;
    },
    turns,
    openSounds: (decode) => openUserSounds(decode, () => openKeyValueStore(soundsDb), clock),
    clock,
    wallClock: clock.wall,
    ticks: (onTick) => {
      frameCallbacks.add(onTick);
      return () => frameCallbacks.delete(onTick);
    },
  });
  const frame = () => frameCallbacks.forEach((callback) => callback());
  return { settings, engine, clock, model, frame, frameCallbacks };
}

/** A file as a file picker gives it. */
export const fileOf = (name: string, type: string, bytes = 1000) =>
  new File([new Uint8Array(bytes)], name, { type });
