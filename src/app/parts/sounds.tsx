import { PlayerCard } from '../../features/sounds/PlayerCard';
import { createSoundsModel } from '../../features/sounds/sounds-model';
import { SoundsScreen } from '../../features/sounds/SoundsScreen';
import { settingsPart } from '../../lib/settings/settings-access';
import type { AppSettings } from '../settings-schema';

/** /sounds, and its player for the routine's lights out: one model, so only ever one engine. */
export function createSoundsPart(settings: AppSettings) {
  const model = createSoundsModel({ settings: settingsPart(settings) });
  return {
    model,
    Screen: () => <SoundsScreen model={model} />,
    Player: () => <PlayerCard model={model} />,
    dispose: model.dispose,
  };
}
