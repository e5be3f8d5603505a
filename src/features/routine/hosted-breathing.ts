import { computed } from '@preact/signals';
import type { KeyValueStore } from '../../lib/storage/kv';
import { openResumeSlot } from '../../lib/storage/resume-slot';
// The routine hosts the breathing feature's own model (STYLE.md: on purpose, see routine-host).
import {
  createBreathingModel,
  type BreathingDeps,
  type BreathingModel,
} from '../breathing/breathing-model';
import { parseRunningBreath } from '../breathing/running-breath';
import type { SettingsModel } from '../settings/settings-model';
import type { Opened } from '../../lib/hosted-session';
import { breathChoiceOf, stepLengthMs } from './routine-plan';
import type { StepOf } from './routine-steps';

/** The routine's own resume slot for its breathing step: /breathe's session is never touched. */
export const BREATHING_SLOT = 'routine-breathing';

/** What the breathing step shows: the breathing feature's model, for its components. */
export interface BreathingView {
  kind: 'breathing';
  model: BreathingModel;
}

/** Runs a routine's breathing step on the breathing feature's model, with the step's pattern. */
export function hostBreathing(
  step: StepOf<'breathing'>,
  settings: SettingsModel,
  sessions: KeyValueStore,
  /** The hosted model's devices and clock (tests pass fakes). */
  deps: Omit<BreathingDeps, 'settings' | 'slot'> = {},
): Opened<BreathingView> {
  const model = createBreathingModel({
    ...deps,
    settings,
    slot: openResumeSlot(sessions, BREATHING_SLOT, parseRunningBreath),
  });
  const active = () => model.status.value === 'running' || model.status.value === 'paused';
  return {
    view: { kind: 'breathing', model },
    session: {
      status: model.status,
      remainingMs: computed(() =>
        active()
          ? model.remainingSeconds.value * 1000
          : stepLengthMs(step, settings.settings.value),
      ),
      restored: model.restored,
      start() {
        const choice = breathChoiceOf(step, settings.settings.value.breathing);
        if (choice) model.startWith(choice);
        return active();
      },
      pause: model.pause,
      resume: model.resume,
      stop: model.stop,
      didSomething() {
        const summary = model.summary.value;
        return summary !== null && (summary.completed || summary.breaths > 0);
      },
      dispose: model.dispose,
    },
  };
}
