import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { Button } from '../../ui/Button';
import { Sheet } from '../../ui/Sheet';
import type { HostedView } from './routine-host';
import { HostedStep } from './HostedStep';
import { t } from './messages';
import type { RoutineModel } from './routine-model';
import { RoutineProgress } from './RoutineProgress';
import { isTimed } from './routine-steps';
import { stepName } from './step-text';
import { HabitStep, LightsOutStep, ReadyStep } from './StepViews';

/** The routine under way: progress, the step shown, and the controls to move through it. */
export function RoutineRunner({ model }: { model: RoutineModel<HostedView> }) {
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const routine = model.current.value;
  const index = routine?.index ?? 0;
  // Each new step takes focus at its name, so a screen reader says where the person is (and
  // focus is never left on a button that has just gone). A layout effect: it must not wait
  // for the next frame, which a hidden page may never paint.
  const shown = useRef(false);
  useLayoutEffect(() => {
    const lost = document.activeElement === document.body || document.activeElement === null;
    if (shown.current || lost) heading.current?.focus({ preventScroll: true });
    shown.current = true;
  }, [index]);
  const step = model.step.value;
  if (!routine || !step) return null;
  const paused = model.status.value === 'paused';
  const hosted = routine.begun && isTimed(step) ? model.hosted.value : null;

  return (
    <div class="routine-run" data-kind={step.kind}>
      <RoutineProgress model={model} />
      <h2 class="routine-step-name" ref={heading} tabIndex={-1}>
        {stepName(step)}
      </h2>
      {hosted ? (
        <HostedStep view={hosted.view} />
      ) : step.kind === 'habit' ? (
        <HabitStep step={step} model={model} />
      ) : step.kind === 'sounds' ? (
        <LightsOutStep step={step} model={model} />
      ) : (
        <ReadyStep step={step} model={model} />
      )}
      {paused && !hosted && <p class="routine-paused">{t('paused')}</p>}
      <div class="button-row routine-controls">
        <Button onClick={model.back} disabled={index === 0}>
          {t('back')}
        </Button>
        <Button onClick={model.next}>
          {index === routine.steps.length - 1 ? t('finish') : t('next')}
        </Button>
      </div>
      <div class="button-row routine-quiet">
        {/* A hosted session has its own Pause; the routine's follows it. */}
        {!hosted && (
          <Button variant="quiet" onClick={paused ? model.resume : model.pause}>
            {paused ? t('resume') : t('pause')}
          </Button>
        )}
        <Button variant="quiet" onClick={() => setConfirming(true)}>
          {t('end')}
        </Button>
      </div>
      <Sheet open={confirming} title={t('end.confirm.title')} onClose={() => setConfirming(false)}>
        <p>{t('end.confirm.body')}</p>
        <div class="button-row">
          <Button
            variant="primary"
            onClick={() => {
              setConfirming(false);
              model.end();
            }}
          >
            {t('end.confirm.yes')}
          </Button>
          <Button onClick={() => setConfirming(false)}>{t('end.confirm.no')}</Button>
        </div>
      </Sheet>
    </div>
  );
}
