import type { PatternId } from './breath-patterns';
import type { BuiltInPresetId } from './sound-presets';
import type { StepId } from './stretch-steps';
import { t } from './messages';

// Each key written out, so the catalog test sees every one in use.
const patternNames: Record<PatternId, () => string> = {
  '4-7-8': () => t('pattern.4-7-8'),
  box: () => t('pattern.box'),
  resonant: () => t('pattern.resonant'),
  'long-exhale': () => t('pattern.long-exhale'),
  custom: () => t('pattern.custom'),
};
const stretchNames: Record<StepId, () => string> = {
  'wall-calf': () => t('stretch.wall-calf'),
  'bent-knee': () => t('stretch.bent-knee'),
  towel: () => t('stretch.towel'),
  'ankle-circles': () => t('stretch.ankle-circles'),
  toes: () => t('stretch.toes'),
};
const presetNames: Record<BuiltInPresetId, () => string> = {
  'rainy-night': () => t('preset.rainy-night'),
  seaside: () => t('preset.seaside'),
  'forest-night': () => t('preset.forest-night'),
};

/** A breathing pattern's name ("4-7-8", "Resonant"). */
export const patternName = (id: PatternId): string => patternNames[id]();

/** A calf stretch's name ("Wall calf stretch"). */
export const stretchName = (id: StepId): string => stretchNames[id]();

/** A built-in sounds preset's name ("Rainy night"). */
export const presetName = (id: BuiltInPresetId): string => presetNames[id]();
