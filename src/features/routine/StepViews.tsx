import { currentLocale } from '../../lib/messages';
import { patternName, stretchName } from '../../lib/guides/names';
import { stepIds as stretchIds } from '../../lib/guides/stretch-steps';
import { Button } from '../../ui/Button';
import type { HostedView } from './routine-host';
import { habitMinutes } from './habits';
import { t } from './messages';
import type { RoutineModel } from './routine-model';
import { stepLengthMs } from './routine-plan';
import { presetName } from './sound-presets';
import type { StepOf, TimedStep } from './routine-steps';
import { formatMinutes, habitText } from './step-text';

type Model = RoutineModel<HostedView>;

/** A habit to do and tick off. */
export function HabitStep({ step, model }: { step: StepOf<'habit'>; model: Model }) {
  const about = formatMinutes(habitMinutes[step.habit] * 60_000);
  return (
    <div class="routine-step">
      <p class="routine-text">{habitText[step.habit]()[1]}</p>
      <p class="muted">{t('summary.about', { duration: about })}</p>
      <Button variant="primary" class="button routine-main" onClick={model.done}>
        {t('habit.done')}
      </Button>
    </div>
  );
}

/** A breathing or stretch step before it begins: what it is, and the tap that begins it. */
export function ReadyStep({ step, model }: { step: TimedStep; model: Model }) {
  const length = stepLengthMs(step, model.guides);
  const duration = formatMinutes(length);
  const text =
    step.kind === 'breathing'
      ? t('ready.breathing', { pattern: patternName(step.pattern), duration })
      : t('ready.stretches', {
          duration,
          list: new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format(
            stretchIds.filter((id) => step.stretches.includes(id)).map(stretchName),
          ),
        });
  return (
    <div class="routine-step">
      {length > 0 ? (
        <>
          <p class="routine-text">{text}</p>
          <Button variant="primary" class="button routine-main" onClick={model.begin}>
            {step.kind === 'breathing' ? t('begin.breathing') : t('begin.stretches')}
          </Button>
        </>
      ) : (
        <p class="routine-text">
          {step.kind === 'breathing' ? t('summary.empty.breathing') : t('summary.empty.stretches')}
        </p>
      )}
    </div>
  );
}

/** The last step: the sounds start, and the person settles in. */
export function LightsOutStep({ step, model }: { step: StepOf<'sounds'>; model: Model }) {
  return (
    <div class="routine-step">
      <p class="routine-text">
        {t('lightsOut.text', {
          preset: presetName(step.preset, model.guides),
          minutes: step.timerMinutes,
        })}
      </p>
      <p class="muted">{t('lightsOut.quiet')}</p>
      <Button variant="primary" class="button routine-main" onClick={model.lightsOut}>
        {t('lightsOut.button')}
      </Button>
    </div>
  );
}
