import { signal, type ReadonlySignal } from '@preact/signals';
import type { RoutineStep } from './routine-settings';
import type { RunningRoutine } from './routine-session';
import type { StepOf } from './routine-steps';

/** Where the routine is: reading the saved one, ready to start, under way, back after long away, over. */
export type RoutineStatus = 'loading' | 'setup' | 'running' | 'paused' | 'away' | 'done';

/** What the closing screen says. */
export interface RoutineSummary {
  done: RoutineStep[];
  skipped: RoutineStep[];
  completed: boolean;
  /** The lights-out step whose sounds were started, if they were. */
  lightsOut: StepOf<'sounds'> | null;
  endedAt: number;
}

/** Under way: running or paused (not away, not over). A function, not a member: it minifies. */
export const isUnderWay = (status: ReadonlySignal<RoutineStatus>) =>
  status.peek() === 'running' || status.peek() === 'paused';

/**
 * What the routine knows, in one place. The model creates and owns it; the parts (keeping,
 * moves, pausing and away, the hosted step, restoring, the person's actions) read and write it.
 */
export function createRoutineState(now: number) {
  return {
    status: signal<RoutineStatus>('loading'),
    /** The routine under way, with its step and the time on it; null before and after. */
    current: signal<RunningRoutine | null>(null),
    /** What the closing screen says, once the routine is over. */
    summary: signal<RoutineSummary | null>(null),
    /** The clock as last read: moved on each action and when a habit's minute changes. */
    now: signal(now),
  };
}

/** The routine state's interface. */
export type RoutineState = ReturnType<typeof createRoutineState>;
