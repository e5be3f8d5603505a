import { computed, type ReadonlySignal } from '@preact/signals';

// The contract by which one feature runs a guided session of another as part of its own flow
// (the routine hosting breathing and stretches). Each hosted feature implements it in its own
// folder; the composition root hands the implementations to the host.

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

/** What a guided model offers a host: the members every model on the timed-session base has. */
export interface HostableModel<Choice> {
  readonly status: ReadonlySignal<HostedStatus>;
  readonly restored: Promise<unknown>;
  startWith(choice: Choice): void;
  pause(): void;
  resume(): void;
  stop(): void;
  dispose(): void;
}

/** How one step runs on a guided model: what it starts, how long it is, what counts as done. */
export interface HostedStepRules<Choice> {
  /** The session the step asks for by the person's settings now; null when it cannot run. */
  choice(): Choice | null;
  /** The step's planned length, shown before it starts. */
  plannedMs(): number;
  /** The model's own count of what is left, while it runs. */
  leftMs(): number;
  /** Once ended: whether anything was done in it. */
  didSomething(): boolean;
}

/** A guided model run as a hosted session, by the step's rules. */
export function hostedSession<Choice>(
  model: HostableModel<Choice>,
  rules: HostedStepRules<Choice>,
): HostedSession {
  const active = () => model.status.value === 'running' || model.status.value === 'paused';
  return {
    status: model.status,
    remainingMs: computed(() => (active() ? rules.leftMs() : rules.plannedMs())),
    restored: model.restored,
    start() {
      const choice = rules.choice();
      if (choice) model.startWith(choice);
      return active();
    },
    pause: model.pause,
    resume: model.resume,
    stop: model.stop,
    didSomething: rules.didSomething,
    dispose: model.dispose,
  };
}
