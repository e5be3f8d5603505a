import { patternName } from '../../lib/guides/names';
import { t } from './messages';
import type { RoutineGuides } from './routine-guides';
import { stepLengthMs } from './routine-plan';
import type { RoutineStep } from './routine-settings';
import { presetName } from './sound-presets';
import { formatMinutes } from './step-text';

/** A step's options and length in a few words: "Resonant, 5 min", "5 stretches, 6 min". */
export function stepSummary(step: RoutineStep, guides: RoutineGuides): string {
  const duration = formatMinutes(stepLengthMs(step, guides));
  switch (step.kind) {
    case 'habit':
      return t('summary.about', { duration });
    case 'breathing':
      return stepLengthMs(step, guides) > 0
        ? t('summary.breathing', { pattern: patternName(step.pattern), duration })
        : t('summary.empty.breathing');
    case 'stretches': {
      const count = step.stretches.length;
      return count > 0
        ? t.plural('summary.stretches', count, { duration })
        : t('summary.empty.stretches');
    }
    case 'sounds':
      return t('summary.sounds', {
        preset: presetName(step.preset, guides),
        minutes: step.timerMinutes,
      });
  }
}

/** A step's summary as a quiet line under its name. */
export function StepSummary({ step, guides }: { step: RoutineStep; guides: RoutineGuides }) {
  return <span class="routine-list-summary">{stepSummary(step, guides)}</span>;
}
