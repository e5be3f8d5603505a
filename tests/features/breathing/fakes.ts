import { settingsPart } from '../../../src/lib/settings/settings-access';
import { settingsSpec } from '../../../src/app/settings-schema';
import { signal } from '@preact/signals';
import { vi } from 'vitest';
import { createBreathingModel } from '../../../src/features/breathing/breathing-model';
import { parseRunningBreath } from '../../../src/features/breathing/running-breath';
import { createSettingsModel } from '../../../src/lib/settings/settings-model';
import { createCuePlayer } from '../../../src/lib/cues/cue-player';
import { openKeyValueStore } from '../../../src/lib/storage/kv';
import { openResumeSlot } from '../../../src/lib/storage/resume-slot';
import { steadyClock } from '../../../src/lib/time/steady-clock';

let counter = 0;

/**
 * A breathing model on the app's steady clock over a hand-moved wall clock and monotonic
 * clock (a session always runs here), fake devices and fresh stores.
 */
export function setup(shared?: {
  slot: ReturnType<typeof makeSlot>;
  clock: { now: () => number };
}) {
  counter += 1;
  const settings = createSettingsModel(
    settingsSpec,
    {
      settings: openKeyValueStore(`breathing-settings-${counter}`),
      journal: openKeyValueStore(`breathing-journal-${counter}`),
    },
    { channel: null },
  );
  let now = 1_700_000_000_000;
  let ticks = 0;
  const clock =
    shared?.clock ??
    steadyClock(
      () => now,
      () => ticks,
      document,
      () => false,
    );
  const slot = shared?.slot ?? makeSlot();
  // The runner's next wake-up; a test moves the clock, then wakes it.
  const alarm = { current: null as null | (() => void) };
  const played: string[] = [];
  const tones = {
    unlock: vi.fn(),
    ready: () => true,
    play: vi.fn((shape: { frequency: number }) => {
      played.push(String(shape.frequency));
      return { endsAt: 0, stop: vi.fn() };
    }),
    close: vi.fn(),
  };
  const speaker = { available: () => true, onChange: () => () => {}, say: vi.fn(), hush: vi.fn() };
  const vibrate = vi.fn();
  const cues = createCuePlayer(() => settings.settings.value.cues, { tones, speaker, vibrate });
  const releaseAwake = vi.fn();
  const awake = vi.fn(() => releaseAwake);
  const releaseBusy = vi.fn();
  const busy = vi.fn(() => releaseBusy);
  const reducedMotion = signal(false);
  const model = createBreathingModel({
    settings: settingsPart(settings),
    clock,
    slot,
    cues,
    awake,
    busy,
    reducedMotion,
    setAlarm: (callback) => {
      alarm.current = callback;
      return () => {
        if (alarm.current === callback) alarm.current = null;
      };
    },
  });
  const advance = (ms: number) => {
    now += ms;
    ticks += ms;
    alarm.current?.();
  };
  return {
    model,
    settings,
    slot,
    clock,
    advance,
    /**
     * The device's clock is set by `ms`, by hand in another window (Lull's loses the focus): no
     * time passes.
     */
    setClock(ms: number) {
      window.dispatchEvent(new Event('blur'));
      now += ms;
    },
    tones,
    speaker,
    vibrate,
    awake,
    releaseAwake,
    busy,
    releaseBusy,
    reducedMotion,
    played,
  };
}

function makeSlot() {
  counter += 1;
  return openResumeSlot(
    openKeyValueStore(`breathing-sessions-${counter}`),
    'breathing',
    parseRunningBreath,
  );
}
