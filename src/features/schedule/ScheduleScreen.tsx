import './schedule.css';
import { useEffect, useId } from 'preact/hooks';
import { currentLocale } from '../../lib/messages';
import { weekIn } from '../../lib/schedule/week-start';
import { Screen } from '../../ui/Screen';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { Button, LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { NightFields } from './NightFields';
import { SleepLengths } from './SleepLengths';
import type { ComponentType } from 'preact';
import { CALENDAR_FILE, type ScheduleModel, type WeekForm } from './schedule-model';
import { nightLabel, t } from './messages';

// 10 to 120 minutes in steps of 5: fine enough, and short enough to pick with one thumb.
const leadChoices = Array.from({ length: 23 }, (_, i) => 10 + i * 5);

/** The sleep schedule: bedtime and wake time, the wind-down lead, and the calendar. */
export function ScheduleScreen({
  model,
  Reminders,
}: {
  model: ScheduleModel;
  /** The reminders section, another feature's part of this screen. */
  Reminders: ComponentType;
}) {
  const leadId = useId();
  // The note about the last calendar file belongs to that visit, not to the next one.
  useEffect(() => model.forgetCalendarResult, []);
  const form = model.form.value;
  const lead = model.schedule.value.leadMinutes;
  const leads = leadChoices.includes(lead)
    ? leadChoices
    : [...leadChoices, lead].sort((a, b) => a - b);
  return (
    <Screen title={t('title')}>
      <p>{t('intro')}</p>
      <ChoiceGroup<WeekForm>
        legend={t('form.legend')}
        name="week-form"
        value={form}
        onChange={model.setForm}
        choices={[
          { value: 'same', label: t('form.same') },
          { value: 'split', label: t('form.split'), hint: t('form.splitHint') },
          { value: 'each', label: t('form.each') },
        ]}
      />
      {form === 'same' && <NightFields model={model} group="every" legend={t('group.every')} />}
      {form === 'split' && (
        <>
          <NightFields
            model={model}
            group="weeknights"
            legend={t('group.weeknights')}
            hint={t('group.weeknightsHint')}
          />
          <NightFields
            model={model}
            group="weekend"
            legend={t('group.weekend')}
            hint={t('group.weekendHint')}
          />
        </>
      )}
      {form === 'each' &&
        weekIn(currentLocale()).map((night) => (
          <NightFields key={night} model={model} group={night} legend={nightLabel(night)} />
        ))}
      <div class="lead-field">
        <label for={leadId}>{t('lead.label')}</label>
        <select
          id={leadId}
          class="schedule-select"
          value={String(lead)}
          onChange={(event) => model.setLead(Number(event.currentTarget.value))}
        >
          {leads.map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {t('lead.option', { minutes })}
            </option>
          ))}
        </select>
      </div>
      <SleepLengths model={model} />
      <Reminders />
      <h2>{t('calendar.heading')}</h2>
      <div class="card">
        <p>{t('calendar.body')}</p>
        <Button variant="primary" onClick={() => void model.addToCalendar()}>
          {t('calendar.add')}
        </Button>
      </div>
      {model.calendarResult.value === 'downloaded' && (
        <Notice>
          <p>{t('calendar.downloaded', { file: CALENDAR_FILE })}</p>
        </Notice>
      )}
      {model.calendarResult.value === 'shared' && (
        <Notice>
          <p>{t('calendar.shared')}</p>
        </Notice>
      )}
      <p>
        <LinkButton variant="quiet" href="/">
          {t('back')}
        </LinkButton>
      </p>
    </Screen>
  );
}
