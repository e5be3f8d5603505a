import { Fragment } from 'preact';
import type { ScheduleModel } from './schedule-model';
import { formatDuration, nightLabel, t } from './messages';

/** Each night's time in bed and the week's average: figures only, no advice on how long. */
export function SleepLengths({ model }: { model: ScheduleModel }) {
  const same = model.form.value === 'same';
  return (
    <>
      <h2>{t('sleep.heading')}</h2>
      <div class="card">
        <dl class="figures">
          {same ? (
            <>
              <dt>{t('sleep.everyNight')}</dt>
              <dd>{formatDuration(model.averageMinutes.value)}</dd>
            </>
          ) : (
            <>
              {model.nightMinutes.value.map(({ night, minutes }) => (
                <Fragment key={night}>
                  <dt>{nightLabel(night)}</dt>
                  <dd>{formatDuration(minutes)}</dd>
                </Fragment>
              ))}
              <dt class="figures-total">{t('sleep.average')}</dt>
              <dd class="figures-total">{formatDuration(model.averageMinutes.value)}</dd>
            </>
          )}
        </dl>
      </div>
    </>
  );
}
