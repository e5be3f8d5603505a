import { createRoutineGuides } from '../../../src/app/parts/routine-guides';
import { settingsPart } from '../../../src/lib/settings/settings-access';
import { settingsSpec, type AppSettings } from '../../../src/app/settings-schema';
// A routine model on a hand-moved clock, with a fake host standing in for the hosted features.
import { signal } from '@preact/signals';
import { vi } from 'vitest';
import { createRoutineModel } from '../../../src/features/routine/routine-model';
import type { HostedSession, HostedStatus } from '../../../src/lib/hosted-session';
import type { RunningRoutine } from '../../../src/features/routine/routine-session';
import type { TimedStep } from '../../../src/features/routine/routine-steps';
import { createSettingsModel } from '../../../src/lib/settings/settings-model';
import { openKeyValueStore } from '../../../src/lib/storage/kv';

let counter = 0;

/** A resume slot in memory, shared by the models of one "device" (a reload keeps it). */
export function memorySlot() {
  let value: RunningRoutine | undefined;
  return {
    load: vi.fn(async () => (value ? structuredClone(value) : undefined)),
    save: vi.fn((next: RunningRoutine) => void (value = structuredClone(next))),
    clear: vi.fn(() => void (value = undefined)),
    peek: () => value,
  };
}

/** A hosted session that runs for `lengthMs` on the test's clock, as a hosted model would. */
export function fakeSession(step: TimedStep, clock: { now(): number }, lengthMs: number) {
  const status = signal<HostedStatus>('loading');
  const remainingMs = signal(lengthMs);
  let startedAt = 0;
  let pausedFor = 0;
  let pausedAt: number | null = null;
  const elapsed = () => (pausedAt ?? clock.now()) - startedAt - pausedFor;
  const session = {
    step,
    status,
    remainingMs,
    restored: Promise.resolve(),
    did: false,
    start: vi.fn(() => {
      startedAt = clock.now();
      status.value = 'running';
      return true;
    }),
    pause: vi.fn(() => {
      pausedAt = clock.now();
      status.value = 'paused';
    }),
    resume: vi.fn(() => {
      pausedFor += clock.now() - (pausedAt ?? clock.now());
      pausedAt = null;
      status.value = 'running';
    }),
    stop: vi.fn(() => {
      status.value = 'done';
    }),
    didSomething: () => session.did,
    dispose: vi.fn(),
    /** Moves the session to the clock's time (its runner would, on its own alarm). */
    check() {
      if (status.value !== 'running') return;
      remainingMs.value = Math.max(0, lengthMs - elapsed());
      if (remainingMs.value === 0) {
        session.did = true;
        status.value = 'done';
      }
    },
  };
  return session satisfies HostedSession & { step: TimedStep };
}

/** What a fake session is. */
export type FakeSession = ReturnType<typeof fakeSession>;

/**
 * A routine model with fake devices. `shared` carries the clock, slot and hosted sessions'
 * saved state across a "reload" (a second model on the same device).
 */
export function setup(shared?: {
  clock: { now(): number; set(ms: number): void };
  slot: ReturnType<typeof memorySlot>;
  settings: AppSettings;
}) {
  counter += 1;
  const settings =
    shared?.settings ??
    createSettingsModel(
      settingsSpec,
      {
        settings: openKeyValueStore(`routine-settings-${counter}`),
        journal: openKeyValueStore(`routine-journal-${counter}`),
      },
      { channel: null },
    );
  let time = 1_700_000_000_000;
  const clock = shared?.clock ?? { now: () => time, set: (ms: number) => void (time = ms) };
  const slot = shared?.slot ?? memorySlot();
  const alarm = { current: null as null | (() => void), ms: 0 };
  const sessions: FakeSession[] = [];
  /** What a hosted session brings back after a reload: set by a test before restoring. */
  const restoreAs = { status: null as HostedStatus | null, did: false };
  const lightsOut = vi.fn();
  const forget = vi.fn(async () => undefined);
  const releaseAwake = vi.fn();
  const awake = vi.fn(() => releaseAwake);
  const releaseBusy = vi.fn();
  const busy = vi.fn(() => releaseBusy);
  const model = createRoutineModel<FakeSession>({
    settings: settingsPart(settings),
    clock,
    slot,
    awake,
    busy,
    doc: document,
    setAlarm: (callback, ms) => {
      alarm.current = callback;
      alarm.ms = ms;
      return () => {
        if (alarm.current === callback) alarm.current = null;
      };
    },
    host: {
      guides: createRoutineGuides(settings),
      open(step) {
        const session = fakeSession(step, clock, step.kind === 'breathing' ? 300_000 : 360_000);
        if (restoreAs.status) {
          session.status.value = restoreAs.status;
          session.did = restoreAs.did;
        } else session.status.value = 'setup';
        sessions.push(session);
        return { session, view: session };
      },
      forget,
      lightsOut,
    },
  });
  /** Moves the clock on, then lets the hosted session and the routine's alarm look at it. */
  const advance = (ms: number) => {
    clock.set(clock.now() + ms);
    sessions.at(-1)?.check();
    alarm.current?.();
  };
  return {
    model,
    settings,
    clock,
    slot,
    sessions,
    restoreAs,
    lightsOut,
    forget,
    awake,
    releaseAwake,
    busy,
    releaseBusy,
    alarm,
    advance,
    shared: { clock, slot, settings },
  };
}

/** Lets queued microtasks and promise callbacks run. */
export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A routine model whose routine has just been started. */
export async function started() {
  const world = setup();
  await world.model.restored;
  await world.settings.ready;
  world.model.start();
  return world;
}

/** The page hidden or shown, as the phone's lock button does. */
export function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}
