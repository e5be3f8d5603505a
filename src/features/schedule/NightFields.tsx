import { useId } from 'preact/hooks';
import { clockMinutes } from '../../lib/schedule/civil-date';
import { NIGHT_STARTS_AT_MINUTES } from '../../lib/schedule/nights';
import type { NightTimes } from '../../lib/schedule/schedule';
import type { NightGroup, ScheduleModel } from './schedule-model';
import { t } from './messages';

/** Bedtime and wake time for every night, a group of nights, or one night. */
export function NightFields({
  model,
  group,
  legend,
  hint,
}: {
  model: ScheduleModel;
  group: NightGroup;
  legend: string;
  hint?: string;
}) {
  const times = model.timesOf(group);
  const differs = (group === 'weeknights' || group === 'weekend') && model.groupDiffers(group);
  const hintId = useId();
  return (
    <fieldset class="night-fields" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} class="night-fields-hint">
          {hint}
        </p>
      )}
      <div class="time-row">
        <TimeField model={model} group={group} field="bedtime" value={times.bedtime} />
        <TimeField model={model} group={group} field="wake" value={times.wake} />
      </div>
      {clockMinutes(times.bedtime) < NIGHT_STARTS_AT_MINUTES && (
        <p class="muted">{t('afterMidnight')}</p>
      )}
      {differs && <p class="muted">{t('group.differs')}</p>}
    </fieldset>
  );
}

function TimeField({
  model,
  group,
  field,
  value,
}: {
  model: ScheduleModel;
  group: NightGroup;
  field: keyof NightTimes;
  value: string;
}) {
  const id = useId();
  return (
    <div class="time-field">
      <label for={id}>{field === 'bedtime' ? t('bedtime') : t('wake')}</label>
      <input
        id={id}
        type="time"
        required
        value={value}
        onInput={(event) => model.setTime(group, field, event.currentTarget.value)}
      />
    </div>
  );
}
