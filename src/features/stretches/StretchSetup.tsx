import { Button } from '../../ui/Button';
import { formatDuration } from '../../lib/time/duration-text';
import { t } from './messages';
import { NumberSelect } from '../../ui/NumberSelect';
import { StretchFigure } from './StretchFigure';
import { stretchTimeline } from '../../lib/guides/stretch-sequence';
import {
  HOLD_MAX_S,
  HOLD_MIN_S,
  HOLD_STEP_S,
  MAX_ROUNDS,
  stepIds,
} from '../../lib/guides/stretch-steps';
import { sidedSteps } from '../../lib/guides/stretch-sides';
import { stretchName } from '../../lib/guides/names';
import type { StretchesModel } from './stretches-model';

const holdOptions = Array.from(
  { length: (HOLD_MAX_S - HOLD_MIN_S) / HOLD_STEP_S + 1 },
  (_, index) => HOLD_MIN_S + index * HOLD_STEP_S,
);
const roundOptions = Array.from({ length: MAX_ROUNDS }, (_, index) => index + 1);
const seconds = (value: number) => t('seconds', { seconds: value });

/** Choosing the stretches, their holds and the rounds; every choice is remembered. */
export function StretchSetup({ model, onCramp }: { model: StretchesModel; onCramp: () => void }) {
  const { steps, rounds } = model.settings.settings.value.stretches;
  const config = model.choice.value;
  return (
    <div class="stretch-setup">
      <p>{t('intro')}</p>
      <p>{t('gentle')}</p>
      <Button class="button stretch-cramp" onClick={onCramp}>
        {t('cramp.open')}
      </Button>
      <fieldset class="stretch-steps">
        <legend>{t('sequence.legend')}</legend>
        {stepIds.map((id) => {
          const step = steps[id];
          const holdSeconds = { seconds: step.holdSeconds };
          const hint = sidedSteps[id] ? t('hold.sided', holdSeconds) : t('hold.both', holdSeconds);
          return (
            <div class="stretch-step" key={id}>
              <StretchFigure step={id} decorative />
              <div>
                <label class="choice stretch-include">
                  <input
                    type="checkbox"
                    checked={step.included}
                    onChange={(event) =>
                      model.settings.update(
                        `stretches.steps.${id}.included`,
                        event.currentTarget.checked,
                      )
                    }
                  />
                  <span>
                    {stretchName(id)}
                    <span class="choice-hint">{hint}</span>
                  </span>
                </label>
                {step.included && (
                  <NumberSelect
                    class="stretch-select"
                    label={
                      <>
                        {t('hold.label')}
                        <span class="visually-hidden"> {stretchName(id)}</span>
                      </>
                    }
                    value={step.holdSeconds}
                    options={holdOptions}
                    format={seconds}
                    onChange={(value) =>
                      model.settings.update(`stretches.steps.${id}.holdSeconds`, value)
                    }
                  />
                )}
              </div>
            </div>
          );
        })}
      </fieldset>
      <NumberSelect
        class="stretch-select"
        label={t('rounds.label')}
        value={rounds}
        options={roundOptions}
        format={String}
        onChange={(value) => model.settings.update('stretches.rounds', value)}
      />
      <p class="muted">{t('doctor')}</p>
      {/* Kept in reach above the navigation, however far the options scroll. */}
      <div class="stretch-start-bar">
        <p>
          {config
            ? t('total', { duration: formatDuration(stretchTimeline(config).totalMs / 1000) })
            : t('none')}
        </p>
        <Button
          variant="primary"
          class="button stretch-start"
          disabled={!config}
          onClick={model.start}
        >
          {t('start')}
        </Button>
      </div>
    </div>
  );
}
