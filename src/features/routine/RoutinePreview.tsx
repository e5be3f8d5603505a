import { currentLocale } from '../../lib/messages';
import { appSettings } from '../settings/app-settings';
import { t } from './messages';
import { routineLengthMs } from './routine-plan';
import { routineOf } from './routine-steps';
import { formatMinutes, stepName } from './step-text';

/** Tonight's routine in brief, for the Tonight screen: its length and its steps in order. */
export function RoutinePreview() {
  const settings = appSettings.settings.value;
  const steps = routineOf(settings);
  return (
    <div class="routine-preview">
      <p>{t('length', { duration: formatMinutes(routineLengthMs(steps, settings)) })}</p>
      <p class="routine-preview-steps">
        {new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format(steps.map(stepName))}
      </p>
    </div>
  );
}
