import { BreatheScreen } from '../../features/breathing/BreatheScreen';
import { createBreathingModel } from '../../features/breathing/breathing-model';
import { settingsPart } from '../../lib/settings/settings-access';
import type { AppSettings } from '../settings-schema';

/** /breathe: one breathing model for the app's life, so a session runs on behind other screens. */
export function createBreathingPart(settings: AppSettings) {
  const model = createBreathingModel({ settings: settingsPart(settings) });
  return { Screen: () => <BreatheScreen model={model} />, dispose: model.dispose };
}
