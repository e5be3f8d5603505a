import { useLayoutEffect, useRef } from 'preact/hooks';
import { Button } from '../../ui/Button';
import type { HostedView } from './routine-host';
import { t } from './messages';
import type { RoutineModel } from './routine-model';
import { formatMinutes, stepName } from './step-text';

/** Back after long away: where the routine waited, and the choice to carry on or end it. */
export function AwayCard({ model }: { model: RoutineModel<HostedView> }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus({ preventScroll: true }), []);
  const routine = model.current.value;
  const step = model.step.value;
  if (!routine || !step) return null;
  return (
    <div class="card routine-away">
      <h2 ref={heading} tabIndex={-1}>
        {t('away.title')}
      </h2>
      <p>
        {t('away.body', {
          step: routine.index + 1,
          steps: routine.steps.length,
          name: stepName(step),
        })}
      </p>
      <p>{t('away.left', { left: formatMinutes(model.leftMs.value) })}</p>
      <div class="button-row">
        <Button variant="primary" onClick={model.resume}>
          {t('away.continue')}
        </Button>
        <Button onClick={model.end}>{t('end')}</Button>
      </div>
    </div>
  );
}
