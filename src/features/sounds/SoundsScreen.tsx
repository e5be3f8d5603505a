import './sounds.css';
import { Screen } from '../../ui/Screen';
import { MixPanel } from './MixPanel';
import { OwnSoundsPanel } from './OwnSoundsPanel';
import { PlayerCard } from './PlayerCard';
import { PresetsPanel } from './PresetsPanel';
import { TimerPanel } from './TimerPanel';
import { t } from './messages';
import { soundsModel } from './sounds-model';

/** Sounds: a mixer of calm, synthesized soundscapes with a sleep timer that fades them out. */
export function SoundsScreen() {
  const model = soundsModel();
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
