import type { KeyValueStore } from '../../lib/storage/kv';
import { openResumeSlot } from '../../lib/storage/resume-slot';
import { hostedSession, type Opened } from '../../lib/hosted-session';
import type { BreathStepOptions } from '../../lib/guides/step-options';
import { breathChoiceOf, breathStepMs } from './breath-step';
import { parseRunningBreath } from './running-breath';
import { createBreathingModel, type BreathingDeps, type BreathingModel } from './breathing-model';

/** The routine's own resume slot for its breathing step: /breathe's session is never touched. */
export const BREATHING_SLOT = 'routine-breathing';

/**
 * Runs a routine's breathing step as a hosted session (lib/hosted-session.ts) on this feature's
 * own model, with the step's pattern; the view is the model, for this feature's components.
 */
export function hostBreathing(
  step: BreathStepOptions,
  sessions: KeyValueStore,
  /** The settings, and the hosted model's devices and clock (tests pass fakes). */
  deps: Omit<BreathingDeps, 'slot'>,
): Opened<BreathingModel> {
  const { settings } = deps;
  const model = createBreathingModel({
    ...deps,
    slot: openResumeSlot(sessions, BREATHING_SLOT, parseRunningBreath),
  });
  const breathing = () => settings.settings.value.breathing;
  return {
    view: model,
    session: hostedSession(model, {
      choice: () => breathChoiceOf(step, breathing()),
      plannedMs: () => breathStepMs(step, breathing()),
      leftMs: () => model.remainingSeconds.value * 1000,
      didSomething() {
        const summary = model.summary.value;
        return summary !== null && (summary.completed || summary.breaths > 0);
      },
    }),
  };
}
