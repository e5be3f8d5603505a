import type { HostedView } from './routine-host';
import { t } from './messages';
import type { RoutineModel } from './routine-model';
import { formatMinutes } from './step-text';

/** How far through the routine: a bar by time, the step number and the time left. */
export function RoutineProgress({ model }: { model: RoutineModel<HostedView> }) {
  const routine = model.current.value;
  if (!routine) return null;
  const step = routine.index + 1;
  const steps = routine.steps.length;
  const last = routine.index === routine.steps.length - 1;
  const left =
    last && model.leftMs.value === 0
      ? t('progress.last')
      : t('progress.left', {
          left: formatMinutes(model.leftMs.value),
        });
  const progress = model.progress.value;
  return (
    <div class="routine-progress">
      <div
        class="routine-bar"
        role="progressbar"
        aria-label={t('progress.label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(progress * 100)}
        aria-valuetext={t('progress.text', { step: t('progress.step', { step, steps }), left })}
      >
        <div class="routine-bar-fill" style={{ transform: `scaleX(${progress})` }} />
      </div>
      <p class="routine-meta" aria-hidden="true">
        <span>{t('progress.step', { step, steps })}</span>
        <span>{left}</span>
      </p>
    </div>
  );
}
