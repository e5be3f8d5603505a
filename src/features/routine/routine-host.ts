import type { ReadonlySignal } from '@preact/signals';
import type { StepOf, TimedStep } from './routine-steps';

/** Where a hosted session stands: the states every guided model of Lull goes through. */
export type HostedStatus = 'loading' | 'setup' | 'running' | 'paused' | 'done';

/**
 * A guided session of another feature (breathing, stretches) run as one step of the routine,
 * through that feature's own model. The routine steers it and follows its clock.
 */
export interface HostedSession {
  readonly status: ReadonlySignal<HostedStatus>;
  /** Time left in ms: the hosted model's own count while it runs, its planned length before. */
  readonly remainingMs: ReadonlySignal<number>;
  /** Settles once the hosted model has read its saved session (a reload resumes it). */
  readonly restored: Promise<unknown>;
  /** Starts the step's session; false when it cannot run (a custom breath of 0 s). */
  start(): boolean;
  pause(): void;
  resume(): void;
  /** Ends it early; the hosted feature keeps its own record if anything was done. */
  stop(): void;
  /** Once ended: whether anything was done (a breath taken, a stretch held). */
  didSomething(): boolean;
  dispose(): void;
}

/** A hosted session and what its screen shows (the hosted feature's model, for its components). */
export interface Opened<V> {
  session: HostedSession;
  view: V;
}

/** What the routine hosts: a session per timed step, and the sounds at lights out. */
export interface RoutineHost<V> {
  /** Opens the hosted model for a timed step, on the routine's own resume slot for it. */
  open(step: TimedStep): Opened<V>;
  /** Forgets any hosted session left from an earlier routine (a new one starts clean). */
  forget(): Promise<unknown>;
  /** Starts the step's sounds with its sleep timer (from the tap on "Lights out"). */
  lightsOut(step: StepOf<'sounds'>): void;
}
