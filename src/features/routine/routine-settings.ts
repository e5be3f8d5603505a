import {
  int,
  isPlainObject,
  list,
  oneOf,
  readShape,
  text,
  type Field,
  type Infer,
} from '../../lib/storage/schema';
import { patternIds, type PatternId } from '../../lib/guides/breath-patterns';
import { stepIds, type StepId } from '../../lib/guides/stretch-steps';
import { habitIds } from './habits';

// Part of the first load (the settings document reads it), so only the shape lives here.

/** The options of each kind of step, each validated on its own. */
const stepOptions = {
  habit: { habit: oneOf(habitIds[0], habitIds) },
  breathing: { pattern: oneOf<PatternId>('resonant', patternIds), minutes: int(5, 1, 30) },
  /** Which of the calf stretches (holds and rounds are the ones set on Stretch). */
  stretches: { stretches: list<StepId>([...stepIds], oneOf(stepIds[0], stepIds), 5) },
  /** "Lights out": a sounds preset ('' for the person's own mix) and the sleep timer. */
  sounds: { preset: text('', 40), timerMinutes: int(30, 5, 120) },
};

/** The kinds of step a routine is made of. */
export type StepKind = keyof typeof stepOptions;

/** One step of a routine: its kind and that kind's options. */
export type RoutineStep = {
  [K in StepKind]: { kind: K } & Infer<(typeof stepOptions)[K]>;
}[StepKind];

/** A step as saved: a record whose `kind` says which options it has; anything else is dropped. */
const step: Field<RoutineStep> = {
  kind: 'field',
  fallback: { kind: 'stretches', stretches: [] },
  parse(raw) {
    const kind = isPlainObject(raw) && Object.hasOwn(stepOptions, raw.kind as string);
    if (!kind) return undefined;
    const { value, invalid } = readShape(stepOptions[raw.kind as StepKind], raw);
    return invalid.length > 0 ? undefined : ({ kind: raw.kind, ...value } as RoutineStep);
  },
};

/** The nightly routine as the person set it. */
export const routineSettingsShape = {
  /**
   * The steps in order; empty until the person changes Lull's default routine (a routine
   * always has a step, so an empty list can mean nothing else).
   */
  steps: list<RoutineStep>([], step, 20),
};

/** The routine's settings as the app uses them. */
export type RoutineSettings = Infer<typeof routineSettingsShape>;
