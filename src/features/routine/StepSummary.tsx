import { patternName } from '../../lib/guides/names';
import { appSettings } from '../settings/app-settings';
import { t } from './messages';
import { stepLengthMs, stretchConfigOf } from './routine-plan';
import type { RoutineStep } from './routine-settings';
import { presetName } from './sound-presets';
import { formatMinutes } from './step-text';

/** A step's options and length in a few words: "Resonant, 5 min", "5 stretches, 6 min". */
export function stepSummary(step: RoutineStep): string {
  const settings = appSettings.settings.value;
  const duration = formatMinutes(stepLengthMs(step, settings));
  switch (step.kind) {
    case 'habit':
      return t('summary.about', { duration });
    case 'breathing':
      return stepLengthMs(step, settings) > 0
        ? t('summary.breathing', { pattern: patternName(step.pattern), duration })
        : t('summary.empty');
    case 'stretches': {
      const count = stretchConfigOf(step, settings.stretches)?.steps.length ?? 0;
      return count > 0 ? t.plural('summary.stretches', count, { duration }) : t('summary.empty');
    }
    case 'sounds':
      return t('summary.sounds', {
        preset: presetName(step.preset, settings.sounds),
        minutes: step.timerMinutes,
      });
  }
}

/** A step's summary as a quiet line under its name. */
export function StepSummary({ step }: { step: RoutineStep }) {
  return <span class="routine-list-summary">{stepSummary(step)}</span>;
}
