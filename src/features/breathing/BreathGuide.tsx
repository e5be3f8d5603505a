import { useComputed } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { Button } from '../../ui/Button';
import type { BreathingModel } from './breathing-model';
import { formatClock } from '../../lib/time/duration-text';
import { useGuideAnimation } from './guide-animation';
import { t } from './messages';

/** The moving guide: a soft circle drawn by the compositor. */
export function BreathOrb({ model }: { model: BreathingModel }) {
  const orb = useRef<HTMLDivElement>(null);
  useGuideAnimation(orb, model, 'orb');
  return (
    <div class="breath-guide" role="img" aria-label={t('guide.label')}>
      <div class="breath-ring" />
      <div class="breath-orb" ref={orb} />
    </div>
  );
}

/** The still guide (reduced motion): a bar that fills slowly through each phase. */
export function BreathBar({ model }: { model: BreathingModel }) {
  const fill = useRef<HTMLDivElement>(null);
  useGuideAnimation(fill, model, 'bar');
  const total = model.phaseSeconds.value;
  const done = Math.max(0, Math.round(total - model.secondsLeft.value));
  return (
    <div
      class="breath-bar"
      role="progressbar"
      aria-label={t('bar.label')}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={done}
      aria-valuetext={t('bar.value', { seconds: done, total })}
    >
      <div class="breath-bar-fill" ref={fill} />
    </div>
  );
}

/** Seconds left in the phase, the breath count, time left and the controls. */
export function BreathDetails({ model }: { model: BreathingModel }) {
  const cycles = model.current.value?.pattern.cycles ?? 0;
  const spoken = useComputed(() => t.plural('secondsLeft', model.secondsLeft.value));
  const meta = useComputed(() =>
    t('progress', {
      cycle: model.cycle.value,
      cycles,
      time: formatClock(model.remainingSeconds.value),
    }),
  );
  const paused = model.status.value === 'paused';
  return (
    <>
      <p class="breath-seconds">
        <span aria-hidden="true">{model.secondsLeft}</span>
        <span class="visually-hidden">{spoken}</span>
      </p>
      <p class="breath-meta">{meta}</p>
      {paused && <p class="breath-paused">{t('paused')}</p>}
      <div class="button-row breath-controls">
        <Button variant="primary" onClick={paused ? model.resume : model.pause}>
          {paused ? t('resume') : t('pause')}
        </Button>
        <Button onClick={model.stop}>{t('stop')}</Button>
      </div>
    </>
  );
}
