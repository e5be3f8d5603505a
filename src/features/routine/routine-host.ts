import type { Opened } from '../../lib/hosted-session';
import type { StepOf, TimedStep } from './routine-steps';

/** What the routine hosts: a session per timed step, and the sounds at lights out. */
export interface RoutineHost<V> {
  /** Opens the hosted model for a timed step, on the routine's own resume slot for it. */
  open(step: TimedStep): Opened<V>;
  /** Forgets any hosted session left from an earlier routine (a new one starts clean). */
  forget(): Promise<unknown>;
  /** Starts the step's sounds with its sleep timer (from the tap on "Lights out"). */
  lightsOut(step: StepOf<'sounds'>): void;
}
