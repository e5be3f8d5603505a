import { signal, type Signal } from '@preact/signals';
import type { ComponentType } from 'preact';

/** A part of the shell that loads after the first screen has painted, shown once it has. */
export type LateSlot = Signal<ComponentType | null>;

/** The shell's parts that wait for first paint: the update prompt, the reminder note, install. */
export interface LateParts {
  update: LateSlot;
  reminder: LateSlot;
  install: LateSlot;
}

/** The late parts, empty until `startLateParts` fills them. */
export function createLateParts(): LateParts {
  return { update: signal(null), reminder: signal(null), install: signal(null) };
}
