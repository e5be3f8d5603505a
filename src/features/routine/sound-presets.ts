import type { Settings } from '../settings/settings-schema';
import { presetName as builtInName } from '../../lib/guides/names';
import { builtInPresets } from '../../lib/guides/sound-presets';
import { t } from './messages';

/** Sleep timers a lights-out step offers, in minutes. */
export const timerChoices = [15, 30, 45, 60, 90, 120];

/** The presets a lights-out step can play: the ones Sounds ships, then the person's own. */
export function presetChoices(sounds: Settings['sounds']): { id: string; name: string }[] {
  return [
    ...builtInPresets.map(({ id }) => ({ id, name: builtInName(id) })),
    ...sounds.presets.map(({ id, name }) => ({ id, name })),
  ];
}

/** What a lights-out step plays: its preset's name, or the mix as it is set on Sounds. */
export function presetName(presetId: string, sounds: Settings['sounds']): string {
  return (
    presetChoices(sounds).find((preset) => preset.id === presetId)?.name ?? t('summary.ownMix')
  );
}
