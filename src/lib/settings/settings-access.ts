import type { ReadonlySignal } from '@preact/signals';
import type { Journal } from '../storage/journal';

/**
 * What a feature may do with the settings: read its part and change it by a dotted path, and
 * record a session done in the journal that goes with them. Each
 * feature names the sections it uses (`SettingsAccess<{ breathing: BreathingSettings }>`); the
 * composition root hands it the one settings model (`settingsPart`).
 */
export interface SettingsAccess<S> {
  readonly settings: ReadonlySignal<S>;
  /** Changes one setting, by its dotted path ("breathing.pattern"); saved shortly after. */
  update<P extends SettingPath<S>>(path: P, value: PathValue<S, P>): void;
  /** The record of sessions done (breathing, stretches, routines), kept beside the settings. */
  readonly journal: Journal;
  /** Settles once the stored settings have been read (until then, `settings` holds defaults). */
  readonly ready: Promise<void>;
}

/** Every dotted path a setting (or a whole section) can be changed by: "appearance.theme". */
export type SettingPath<T> = {
  [K in keyof T & string]: T[K] extends unknown[]
    ? K
    : T[K] extends object
      ? K | `${K}.${SettingPath<T[K]>}`
      : K;
}[keyof T & string];

/** The type of the value at a dotted path. */
export type PathValue<T, P extends string> = P extends `${infer Head}.${infer Tail}`
  ? Head extends keyof T
    ? PathValue<T[Head], Tail>
    : never
  : P extends keyof T
    ? T[P]
    : never;

/**
 * The settings as one feature sees them. TypeScript cannot relate a path's value type across
 * two different documents, so the narrowing is asserted here, once: `Part` is a part of `Whole`,
 * so every path of `Part` is a path of `Whole` with the same value type.
 */
export function settingsPart<Part, Whole extends Part = Part>(whole: {
  readonly settings: ReadonlySignal<Whole>;
  update(path: never, value: never): void;
  readonly journal: Journal;
  readonly ready: Promise<void>;
}): SettingsAccess<Part> {
  return whole as unknown as SettingsAccess<Part>;
}
