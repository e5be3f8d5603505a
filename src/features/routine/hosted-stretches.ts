import { computed } from '@preact/signals';
import type { KeyValueStore } from '../../lib/storage/kv';
import { openResumeSlot } from '../../lib/storage/resume-slot';
import type { SettingsModel } from '../settings/settings-model';
// The routine hosts the stretch feature's own models (STYLE.md: on purpose, see routine-host).
import { createCrampTimer } from '../stretches/cramp-model';
import { parseRunningStretch } from '../stretches/running-stretch';
import {
  createStretchesModel,
  type StretchesDeps,
  type StretchesModel,
} from '../stretches/stretches-model';
import type { Opened } from '../../lib/hosted-session';
import { stepLengthMs, stretchConfigOf } from './routine-plan';
import type { StepOf } from './routine-steps';

/** The routine's own resume slot for its stretch step: /stretch's session is never touched. */
export const STRETCHES_SLOT = 'routine-stretches';

/** What the stretch step shows: the stretch feature's model and its cramp card's timer. */
export interface StretchesView {
  kind: 'stretches';
  model: StretchesModel;
  cramp: ReturnType<typeof createCrampTimer>;
}

/** Runs a routine's stretch step on the stretch feature's model, with the step's stretches. */
export function hostStretches(
  step: StepOf<'stretches'>,
  settings: SettingsModel,
  sessions: KeyValueStore,
  /** The hosted model's devices and clock (tests pass fakes). */
  deps: Omit<StretchesDeps, 'settings' | 'slot'> = {},
): Opened<StretchesView> {
  const model = createStretchesModel({
    ...deps,
    settings,
    slot: openResumeSlot(sessions, STRETCHES_SLOT, parseRunningStretch),
  });
  const cramp = createCrampTimer({ ...deps, settings });
  const active = () => model.status.value === 'running' || model.status.value === 'paused';
  return {
    view: { kind: 'stretches', model, cramp },
    session: {
      status: model.status,
      remainingMs: computed(() =>
        active()
          ? model.totalSecondsLeft.value * 1000
          : stepLengthMs(step, settings.settings.value),
      ),
      restored: model.restored,
      start() {
        const config = stretchConfigOf(step, settings.settings.value.stretches);
        if (config) model.startWith(config);
        return active();
      },
      pause: model.pause,
      resume: model.resume,
      stop: model.stop,
      didSomething() {
        const summary = model.summary.value;
        return summary !== null && (summary.completed || summary.done.length > 0);
      },
      dispose() {
        model.dispose();
        cramp.dispose();
      },
    },
  };
}
