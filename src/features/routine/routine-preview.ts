import { computed } from '@preact/signals';
import { currentLocale } from '../../lib/messages';
import type { SettingsAccess } from '../../lib/settings/settings-access';
import type { RoutineGuides } from './routine-guides';
import type { RoutineSettings } from './routine-settings';
import { t } from './messages';
import { routineLengthMs } from './routine-plan';
import { routineOf } from './routine-steps';
import { formatMinutes, stepName } from './step-text';

/**
 * Tonight's routine in brief, as words: its length, then its steps in order. A computed value, so
 * Tonight can work it out in a task before its first render, and it changes with the settings.
 */
export function createRoutinePreview(
  settings: SettingsAccess<{ routine: RoutineSettings }>,
  guides: RoutineGuides,
) {
  return computed(() => {
    const steps = routineOf(settings.settings.value);
    return [
      t('length', { duration: formatMinutes(routineLengthMs(steps, guides)) }),
      // Made again only when the routine changes: constructing it is the slow part of Intl.
      new Intl.ListFormat(currentLocale()).format(steps.map(stepName)),
    ] as const;
  });
}

/** The routine preview's words, as `createRoutinePreview` makes them. */
export type RoutinePreviewText = ReturnType<typeof createRoutinePreview>;
