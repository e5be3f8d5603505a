import type { KeyValueStore } from '../../lib/storage/kv';
import { openResumeSlot } from '../../lib/storage/resume-slot';
import { hostedSession, type Opened } from '../../lib/hosted-session';
import { settingsPart } from '../../lib/settings/settings-access';
import type { StretchStepOptions } from '../../lib/guides/step-options';
import { createCrampTimer, type CrampTimer } from './cramp-model';
import { parseRunningStretch } from './running-stretch';
import { stretchConfigOf, stretchStepMs } from './stretch-step';
import { createStretchesModel, type StretchesDeps, type StretchesModel } from './stretches-model';

/** The routine's own resume slot for its stretch step: /stretch's session is never touched. */
export const STRETCHES_SLOT = 'routine-stretches';

/** What the stretch step shows: the stretch feature's model and its cramp card's timer. */
export interface StretchesView {
  model: StretchesModel;
  cramp: CrampTimer;
}

/**
 * Runs a routine's stretch step as a hosted session (lib/hosted-session.ts) on this feature's
 * own model, with the step's stretches.
 */
export function hostStretches(
  step: StretchStepOptions,
  sessions: KeyValueStore,
  /** The settings, and the hosted model's devices and clock (tests pass fakes). */
  deps: Omit<StretchesDeps, 'slot'>,
): Opened<StretchesView> {
  const { settings } = deps;
  const model = createStretchesModel({
    ...deps,
    slot: openResumeSlot(sessions, STRETCHES_SLOT, parseRunningStretch),
  });
  const cramp = createCrampTimer({ ...deps, settings: settingsPart(settings) });
  const stretches = () => settings.settings.value.stretches;
  const session = hostedSession(model, {
    choice: () => stretchConfigOf(step, stretches()),
    plannedMs: () => stretchStepMs(step, stretches()),
    leftMs: () => model.totalSecondsLeft.value * 1000,
    didSomething() {
      const summary = model.summary.value;
      return summary !== null && (summary.completed || summary.done.length > 0);
    },
  });
  return {
    view: { model, cramp },
    session: {
      ...session,
      dispose() {
        session.dispose();
        cramp.dispose();
      },
    },
  };
}
