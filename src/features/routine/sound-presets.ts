import type { RoutineGuides } from './routine-guides';
import { t } from './messages';

/** Sleep timers a lights-out step offers, in minutes. */
export const timerChoices = [15, 30, 45, 60, 90, 120];

/** What a lights-out step plays: its preset's name, or the mix as it is set on Sounds. */
export function presetName(presetId: string, guides: RoutineGuides): string {
  return (
    guides.soundPresets().find((preset) => preset.id === presetId)?.name ?? t('summary.ownMix')
  );
}
