import type { ComponentType } from 'preact';
import type { Opened } from '../../lib/hosted-session';
import type { RoutineGuides } from './routine-guides';
import type { StepOf, TimedStep } from './routine-steps';

/** What a hosted step shows: the hosted feature's own view of its session. */
export type HostedView = ComponentType;

/**
 * What the routine hosts: a session per timed step, and the sounds at lights out. The
 * composition root builds it from the hosted features (src/app/routine-host.tsx).
 */
export interface RoutineHost<V = HostedView> {
  /** What the routine needs to know of the hosted features to plan and show its steps. */
  readonly guides: RoutineGuides;
  /** Opens the hosted model for a timed step, on the routine's own resume slot for it. */
  open(step: TimedStep): Opened<V>;
  /** Forgets any hosted session left from an earlier routine (a new one starts clean). */
  forget(): Promise<unknown>;
  /** Starts the step's sounds with its sleep timer (from the tap on "Lights out"). */
  lightsOut(step: StepOf<'sounds'>): void;
}
