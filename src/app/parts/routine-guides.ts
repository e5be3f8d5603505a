import { builtInPresets } from '../../lib/guides/sound-presets';
import { presetName } from '../../lib/guides/names';
import { breathStepMs, customTiming } from '../../features/breathing/breath-step';
import { stretchStepMs } from '../../features/stretches/stretch-step';
import type { RoutineGuides } from '../../features/routine/routine-guides';
import type { Settings } from '../settings-schema';

/**
 * What the routine needs to plan its steps, from the features it hosts: their lengths by the
 * person's own settings, and the sounds presets a lights-out step can play. Light enough for
 * Tonight's preview of the routine.
 */
export function createRoutineGuides(settings: {
  readonly settings: { readonly value: Pick<Settings, 'breathing' | 'stretches' | 'sounds'> };
}): RoutineGuides {
  return {
    lengthMs: (step) =>
      step.kind === 'breathing'
        ? breathStepMs(step, settings.settings.value.breathing)
        : stretchStepMs(step, settings.settings.value.stretches),
    customBreath: () => customTiming(settings.settings.value.breathing),
    soundPresets: () => [
      ...builtInPresets.map(({ id }) => ({ id, name: presetName(id) })),
      ...settings.settings.value.sounds.presets.map(({ id, name }) => ({ id, name })),
    ],
  };
}
