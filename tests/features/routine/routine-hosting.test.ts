import { settingsPart } from '../../../src/lib/settings/settings-access';
import { settingsSpec } from '../../../src/app/settings-schema';
// The routine with the real hosted models (breathing, stretches) on a hand-moved clock: the
// embedded sessions keep their own clocks in the routine's own resume slots.
import { describe, expect, it, vi } from 'vitest';
import { hostBreathing } from '../../../src/features/breathing/hosted-breathing';
import { hostStretches, STRETCHES_SLOT } from '../../../src/features/stretches/hosted-stretches';
import { createRoutineGuides } from '../../../src/app/parts/routine-guides';
import { createRoutineModel } from '../../../src/features/routine/routine-model';
import { parseRunningRoutine } from '../../../src/features/routine/routine-session';
import { createSettingsModel } from '../../../src/lib/settings/settings-model';
import { createCuePlayer } from '../../../src/lib/cues/cue-player';
import { openKeyValueStore } from '../../../src/lib/storage/kv';
import { openResumeSlot } from '../../../src/lib/storage/resume-slot';
import type { StretchesView } from '../../../src/features/stretches/hosted-stretches';

/** One device: stores, a clock and the timers every model sets on it. */
function device() {
  const name = `routine-hosting-${Math.random().toString(36).slice(2)}`;
  const settings = createSettingsModel(
    settingsSpec,
    { settings: openKeyValueStore(`${name}-s`), journal: openKeyValueStore(`${name}-j`) },
    { channel: null },
  );
  const sessions = openKeyValueStore(`${name}-sessions`);
  let now = 1_700_000_000_000;
  const clock = { now: () => now };
  let alarms: { at: number; callback: () => void }[] = [];
  const setAlarm = (callback: () => void, ms: number) => {
    const alarm = { at: now + ms, callback };
    alarms.push(alarm);
    return () => void (alarms = alarms.filter((other) => other !== alarm));
  };
  /** Moves the clock, waking each model when its alarm is due, in order. */
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = alarms.filter((alarm) => alarm.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      alarms = alarms.filter((alarm) => alarm !== due);
      now = Math.max(now, due.at);
      due.callback();
    }
    now = until;
  };
  return { settings, sessions, clock, setAlarm, advance };
}

/** A routine model on the device, hosting the real breathing and stretch models. */
function routineOn(world: ReturnType<typeof device>) {
  const { settings, sessions, clock, setAlarm } = world;
  const quiet = { tones: { unlock: vi.fn(), ready: () => false, play: vi.fn(), close: vi.fn() } };
  const speaker = { available: () => false, onChange: () => () => {}, say: vi.fn(), hush: vi.fn() };
  const deps = () => ({
    clock,
    setAlarm,
    awake: () => () => {},
    busy: () => () => {},
    cues: createCuePlayer(() => settings.settings.value.cues, {
      ...quiet,
      speaker,
      vibrate: vi.fn(),
    }),
  });
  return createRoutineModel<unknown>({
    settings: settingsPart(settings),
    clock,
    setAlarm,
    awake: () => () => {},
    busy: () => () => {},
    slot: openResumeSlot(sessions, 'routine', parseRunningRoutine),
    host: {
      guides: createRoutineGuides(settings),
      open: (step) =>
        step.kind === 'breathing'
          ? hostBreathing(step, sessions, { ...deps(), settings: settingsPart(settings) })
          : hostStretches(step, sessions, { ...deps(), settings: settingsPart(settings) }),
      forget: async () => undefined,
      lightsOut: vi.fn(),
    },
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the routine hosting the stretch and breathing models', () => {
  it('a reload in the stretches comes back to the same step, with its time left', async () => {
    const world = device();
    await world.settings.ready;
    const first = routineOn(world);
    await first.restored;
    first.start();
    for (let habit = 0; habit < 4; habit += 1) first.done();
    first.begin();
    const view = first.hosted.value?.view as StretchesView;
    expect(view.cramp).toBeDefined();
    world.advance(20_000);
    expect(view.model.totalSecondsLeft.value).toBe(355 - 20);
    expect(first.stepLeftMs.value).toBe(335_000);
    await settle();
    first.dispose();

    world.advance(3_000);
    const second = routineOn(world);
    await second.restored;
    expect(second.status.value).toBe('running');
    expect(second.current.value?.index).toBe(4);
    const resumed = second.hosted.value?.view as StretchesView;
    expect(resumed.model.status.value).toBe('running');
    expect(resumed.model.totalSecondsLeft.value).toBe(355 - 23);
    expect(second.stepLeftMs.value).toBe(332_000);
    // The standalone /stretch session was never touched.
    expect(await world.sessions.get('stretches')).toBeUndefined();
    expect(await world.sessions.get(STRETCHES_SLOT)).toBeDefined();
    second.dispose();
  });

  it('moves on when the hosted session ends, which keeps its own journal line', async () => {
    const world = device();
    await world.settings.ready;
    const routine = routineOn(world);
    await routine.restored;
    routine.start();
    for (let step = 0; step < 6; step += 1) routine.next();
    expect(routine.step.value).toEqual({ kind: 'breathing', pattern: 'resonant', minutes: 5 });
    routine.begin();
    expect(routine.stepLeftMs.value).toBe(308_000);
    world.advance(308_000);
    await settle();
    expect(routine.step.value?.kind).toBe('sounds');
    expect(routine.current.value?.outcomes[6]).toBe('done');
    const journal = await world.settings.journal.list();
    expect(journal.map((entry) => entry.kind)).toEqual(['breathing']);
    routine.dispose();
  });
});
