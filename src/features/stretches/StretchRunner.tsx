import { useComputed } from '@preact/signals';
import { Button } from '../../ui/Button';
import { formatClock } from '../../lib/time/duration-text';
import { t } from './messages';
import { StretchFigure } from './StretchFigure';
import { kindName, sideName, stepLines } from './sequence-text';
import { stretchName } from '../../lib/guides/names';
import type { StretchesModel } from './stretches-model';

/** The running sequence: the stretch, its side and figure, time left, and the controls. */
export function StretchRunner({ model, onCramp }: { model: StretchesModel; onCramp: () => void }) {
  const segment = model.segment.value;
  const config = model.current.value?.config;
  const spoken = useComputed(() => t.plural('secondsLeft', model.secondsLeft.value));
  const timeLeft = useComputed(() =>
    t('timeLeft', { time: formatClock(model.totalSecondsLeft.value) }),
  );
  if (!segment || !config) return null;
  const paused = model.status.value === 'paused';
  const upcoming = segment.kind === 'ready' || segment.kind === 'rest';
  return (
    <div class="stretch-run" data-kind={segment.kind}>
      <p class="stretch-progress">
        {config.rounds > 1
          ? t('progressInRound', {
              progress: t('progress', { step: segment.stepNumber, steps: config.steps.length }),
              round: t('round', { round: segment.round, rounds: config.rounds }),
            })
          : t('progress', { step: segment.stepNumber, steps: config.steps.length })}
      </p>
      {upcoming && <p class="stretch-upnext">{t('upnext')}</p>}
      <h2 class="stretch-name">{stretchName(segment.step)}</h2>
      <p class="stretch-side">{sideName[segment.side]()}</p>
      <StretchFigure step={segment.step} side={segment.side} />
      <p class="stretch-kind">{kindName[segment.kind]()}</p>
      <p class="stretch-seconds">
        <span aria-hidden="true">{model.secondsLeft}</span>
        <span class="visually-hidden">{spoken}</span>
      </p>
      <ul class="stretch-lines">
        {stepLines[segment.step]().map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p class="stretch-meta">{timeLeft}</p>
      {paused && <p class="stretch-paused">{t('paused')}</p>}
      <div class="button-row stretch-controls">
        <Button onClick={model.back}>{t('back')}</Button>
        <Button variant="primary" onClick={paused ? model.resume : model.pause}>
          {paused ? t('resume') : t('pause')}
        </Button>
        <Button onClick={model.skip}>{t('skip')}</Button>
      </div>
      <div class="button-row stretch-controls stretch-secondary">
        <Button variant="quiet" onClick={onCramp}>
          {t('cramp.open')}
        </Button>
        <Button variant="quiet" onClick={model.stop}>
          {t('stop')}
        </Button>
      </div>
    </div>
  );
}
