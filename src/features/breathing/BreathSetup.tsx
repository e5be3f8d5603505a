import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { Button } from '../../ui/Button';
import { breathTimeline, phaseNames, type PhaseName } from '../../lib/guides/breath-timing';
import type { BreathingModel } from './breathing-model';
import { formatDuration, formatSeconds } from '../../lib/time/duration-text';
import { t } from './messages';
import { patternName } from '../../lib/guides/names';
import { NumberSelect } from '../../ui/NumberSelect';
import { range } from './number-range';
import {
  MAX_CYCLES,
  MAX_MINUTES,
  LONG_EXHALE_S,
  PHASE_MAX_S,
  PHASE_STEP_S,
  patternIds,
  type LengthUnit,
  type PatternId,
} from '../../lib/guides/breath-patterns';

const patternText: Record<PatternId, () => [string, string]> = {
  '4-7-8': () => [patternName('4-7-8'), t('pattern.4-7-8.hint')],
  box: () => [patternName('box'), t('pattern.box.hint')],
  resonant: () => [patternName('resonant'), t('pattern.resonant.hint')],
  'long-exhale': () => [patternName('long-exhale'), t('pattern.long-exhale.hint')],
  custom: () => [patternName('custom'), t('pattern.custom.hint')],
};

const phaseLabel: Record<PhaseName, () => string> = {
  inhale: () => t('custom.inhale'),
  holdIn: () => t('custom.holdIn'),
  exhale: () => t('custom.exhale'),
  holdOut: () => t('custom.holdOut'),
};

const phaseOptions = range(0, PHASE_MAX_S, PHASE_STEP_S);
const cycleOptions = range(1, MAX_CYCLES);
const minuteOptions = range(1, MAX_MINUTES);

/** Choosing a pattern and a length; every choice is remembered. */
export function BreathSetup({ model }: { model: BreathingModel }) {
  const breathing = model.settings.settings.value.breathing;
  const id = breathing.pattern;
  const length = breathing.lengths[id];
  const choice = model.choice.value;
  return (
    <div class="breath-setup">
      <p>{t('intro')}</p>
      <ChoiceGroup<PatternId>
        legend={t('pattern.legend')}
        name="pattern"
        value={id}
        onChange={(next) => model.settings.update('breathing.pattern', next)}
        choices={patternIds.map((value) => {
          const [label, hint] = patternText[value]();
          return { value, label, hint };
        })}
      />
      <p class="muted">{t('holdsOptional')}</p>
      {id === 'long-exhale' && (
        <ChoiceGroup<string>
          legend={t('longExhale.legend')}
          name="long-exhale"
          value={String(breathing.longExhale)}
          onChange={(seconds) => model.settings.update('breathing.longExhale', Number(seconds))}
          choices={LONG_EXHALE_S.map((seconds) => ({
            value: String(seconds),
            label: formatSeconds(seconds),
          }))}
        />
      )}
      {id === 'custom' && (
        <fieldset class="breath-fieldset">
          <legend>{t('custom.legend')}</legend>
          {phaseNames.map((phase) => (
            <NumberSelect
              class="number-select"
              key={phase}
              label={phaseLabel[phase]()}
              value={breathing.custom[phase]}
              options={phaseOptions}
              format={formatSeconds}
              onChange={(seconds) => model.settings.update(`breathing.custom.${phase}`, seconds)}
            />
          ))}
        </fieldset>
      )}
      <ChoiceGroup<LengthUnit>
        legend={t('length.legend')}
        name="length"
        value={length.unit}
        onChange={(unit) => model.settings.update(`breathing.lengths.${id}.unit`, unit)}
        choices={[
          { value: 'cycles', label: t('length.cycles') },
          { value: 'minutes', label: t('length.minutes') },
        ]}
      />
      {length.unit === 'cycles' ? (
        <NumberSelect
          class="number-select"
          label={t('length.cyclesLabel')}
          value={length.cycles}
          options={cycleOptions}
          format={String}
          onChange={(cycles) => model.settings.update(`breathing.lengths.${id}.cycles`, cycles)}
        />
      ) : (
        <NumberSelect
          class="number-select"
          label={t('length.minutesLabel')}
          value={length.minutes}
          options={minuteOptions}
          format={String}
          onChange={(minutes) => model.settings.update(`breathing.lengths.${id}.minutes`, minutes)}
        />
      )}
      {/* Kept in reach above the navigation, however far the options scroll. */}
      <div class="breath-start-bar">
        {choice ? (
          <p>
            {t('total', {
              duration: formatDuration(breathTimeline(choice.pattern).totalMs / 1000),
            })}
          </p>
        ) : (
          <p class="breath-warning">{t('custom.empty')}</p>
        )}
        <Button
          variant="primary"
          class="button breath-start"
          disabled={!choice}
          onClick={model.start}
        >
          {t('start')}
        </Button>
      </div>
    </div>
  );
}
