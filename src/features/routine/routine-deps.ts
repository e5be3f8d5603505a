import { holdBusy } from '../../lib/busy';
import { openKeyValueStore } from '../../lib/storage/kv';
import { openResumeSlot, sessionStoreName } from '../../lib/storage/resume-slot';
import type { Clock } from '../../lib/time/clock';
import { timerClock } from '../../lib/time/steady-clock';
import { keepAwake } from '../../lib/wake-lock';
import type { SettingsAccess } from '../../lib/settings/settings-access';
import type { RoutineHost } from './routine-host';
import { parseRunningRoutine, type RunningRoutine } from './routine-session';
import type { RoutineSettings } from './routine-settings';

/** Where a running routine is saved, so a reload comes back to the same step. */
export interface RoutineSlot {
  load(): Promise<RunningRoutine | undefined>;
  save(value: RunningRoutine): unknown;
  clear(): unknown;
}

/** What the model works with; tests pass fakes. */
export interface RoutineDeps<V> {
  host: RoutineHost<V>;
  settings: SettingsAccess<{ routine: RoutineSettings }>;
  clock?: Clock;
  slot?: RoutineSlot;
  awake?: () => () => void;
  busy?: (reason: string) => () => void;
  doc?: Document;
  setAlarm?: (callback: () => void, ms: number) => () => void;
}

const defaultAlarm = (callback: () => void, ms: number) => {
  const id = setTimeout(callback, ms);
  return () => clearTimeout(id);
};

/** The model's deps with the devices of the page filled in where a test passed none. */
export function withDevices<V>(deps: RoutineDeps<V>) {
  return {
    host: deps.host,
    settings: deps.settings,
    clock: deps.clock ?? timerClock,
    slot:
      deps.slot ??
      openResumeSlot(openKeyValueStore(sessionStoreName), 'routine', parseRunningRoutine),
    awake: deps.awake ?? keepAwake,
    busy: deps.busy ?? holdBusy,
    doc: deps.doc ?? globalThis.document,
    setAlarm: deps.setAlarm ?? defaultAlarm,
  };
}
