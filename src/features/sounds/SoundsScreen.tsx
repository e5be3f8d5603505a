import './sounds.css';
import { Screen } from '../../ui/Screen';
import { MixPanel } from './MixPanel';
import { OwnSoundsPanel } from './OwnSoundsPanel';
import { PlayerCard } from './PlayerCard';
import { PresetsPanel } from './PresetsPanel';
import { TimerPanel } from './TimerPanel';
import { t } from './messages';
import type { SoundsModel } from './sounds-model';

/** Sounds: a mixer of calm, synthesized soundscapes with a sleep timer that fades them out. */
export function SoundsScreen({ model }: { model: SoundsModel }) {
  return (
    <Screen title={t('title')}>
      <div class="sounds">
        <p>{t('intro')}</p>
        <PlayerCard model={model} />
        <PresetsPanel model={model} />
        <TimerPanel model={model} />
        <MixPanel model={model} />
        <OwnSoundsPanel model={model} />
      </div>
    </Screen>
  );
}
