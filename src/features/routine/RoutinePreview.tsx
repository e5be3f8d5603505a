import { currentLocale } from '../../lib/messages';
import type { SettingsAccess } from '../../lib/settings/settings-access';
import type { RoutineGuides } from './routine-guides';
import type { RoutineSettings } from './routine-settings';
import { t } from './messages';
import { routineLengthMs } from './routine-plan';
import { routineOf } from './routine-steps';
import { formatMinutes, stepName } from './step-text';

/** Tonight's routine in brief, for the Tonight screen: its length and its steps in order. */
export function RoutinePreview({
  settings,
  guides,
}: {
  settings: SettingsAccess<{ routine: RoutineSettings }>;
  guides: RoutineGuides;
}) {
  const steps = routineOf(settings.settings.value);
  return (
    <div class="routine-preview">
      <p>{t('length', { duration: formatMinutes(routineLengthMs(steps, guides)) })}</p>
      <p class="routine-preview-steps">
        {new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format(steps.map(stepName))}
      </p>
    </div>
  );
}
