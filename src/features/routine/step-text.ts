import type { HabitId } from './habits';
import { t } from './messages';
import type { RoutineStep } from './routine-settings';

/** Each habit's name and its line of guidance (CONTENT.md's wind-down habits). */
export const habitText: Record<HabitId, () => [name: string, text: string]> = {
  screens: () => [t('habit.screens'), t('habit.screens.text')],
  lights: () => [t('habit.lights'), t('habit.lights.text')],
  warm: () => [t('habit.warm'), t('habit.warm.text')],
  drink: () => [t('habit.drink'), t('habit.drink.text')],
  air: () => [t('habit.air'), t('habit.air.text')],
  worries: () => [t('habit.worries'), t('habit.worries.text')],
  socks: () => [t('habit.socks'), t('habit.socks.text')],
};

/** A step's name, as the routine's list and its steps show it. */
export function stepName(step: RoutineStep): string {
  switch (step.kind) {
    case 'habit':
      return habitText[step.habit]()[0];
    case 'stretches':
      return t('step.stretches');
    case 'breathing':
      return t('step.breathing');
    case 'sounds':
      return t('step.sounds');
  }
}

/** "21 min", "less than a minute": a length to the nearest minute (every length is "about"). */
export function formatMinutes(ms: number): string {
  if (ms > 0 && ms < 60_000) return t('duration.lessThanMinute');
  return t('duration.minutes', { minutes: Math.round(Math.max(0, ms) / 60_000) });
}
