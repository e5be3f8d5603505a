import { openKeyValueStore } from '../../lib/storage/kv';
import { openResumeSlot, sessionStoreName } from '../../lib/storage/resume-slot';
import type { Clock } from '../../lib/time/clock';
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

/** The page's alarm, where a test passed none: calls back after `ms`; returns the cancel. */
export const pageAlarm = (callback: () => void, ms: number) => {
  const id = setTimeout(callback, ms);
  return () => clearTimeout(id);
};

/** The routine's slot in the sessions' store, where a test passed none. */
export const openRoutineSlot = (): RoutineSlot =>
  openResumeSlot(openKeyValueStore(sessionStoreName), 'routine', parseRunningRoutine);
