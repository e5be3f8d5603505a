import './sounds.css';
import { SOUND_CONTROL } from '../../lib/audio/interruptions';
import { Button } from '../../ui/Button';
import { LevelMeter } from './LevelMeter';
import { t } from './messages';
import type { SoundsModel } from './sounds-model';

/** Play or pause the mix, what is happening, and the running timer with "+15 min". */
export function PlayerCard({ model }: { model: SoundsModel }) {
  const state = model.status.value;
  const playing = state === 'playing' || state === 'starting' || state === 'interrupted';
  const remaining = model.remainingMinutes.value;
  return (
    <section class="card sounds-player" aria-label={t('player.label')}>
      <Button
        variant="primary"
        class="button sounds-play"
        data-playing={playing}
        {...{ [SOUND_CONTROL]: true }}
        onClick={() => model.toggle()}
      >
        {playing ? t('pause') : model.elsewhere.value ? t('playHere') : t('play')}
      </Button>
      <div class="sounds-player-text">
        <p role="status">{model.statusText}</p>
        {model.hint.value && <p class="muted">{model.hint}</p>}
        {remaining !== null && <p class="muted">{t.plural('timer.remaining', remaining)}</p>}
      </div>
      {remaining !== null && (
        // The visible text is the whole name, so speech input can say just what it sees.
        <Button onClick={() => model.addFifteen()}>{t('timer.addFifteen')}</Button>
      )}
      <LevelMeter level={model.level} />
    </section>
  );
}
