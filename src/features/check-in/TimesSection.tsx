import { Fragment } from 'preact';
import type { CheckInForm } from '../../lib/diary/check-in';
import { Button } from '../../ui/Button';
import type { CheckInModel } from './check-in-model';
import { t } from './messages';
import { answerWords } from './answer-words';
import { invalidProps, Problem, problemId } from './Problem';
import { momentFields, timeFields, type MomentField } from './times-answers';
import { clockOf, minutesText, typedCount } from './words';

type TimeField = (typeof timeFields)[number];
type CountField = Exclude<TimeField, MomentField>;

/** The id of a field of the check-in, for focus and its problem's words. */
export const fieldId = (field: string) => `check-in-${field}`;
const CONFIRM_ID = fieldId('times');

const isMoment = (field: TimeField): field is MomentField =>
  (momentFields as readonly string[]).includes(field);

/** The brief answer of one row of the summary. */
function briefAnswer(form: CheckInForm, field: TimeField): string {
  if (isMoment(field)) return clockOf(form[field]);
  if (field === 'wakings') return form.wakings === null ? '–' : t.plural('times', form.wakings);
  return minutesText(form[field]);
}

/**
 * The night's times: pre-filled, shown in brief with "These times are right" (one tap) and
 * "Change times", which opens a field for each of the diary's time questions.
 */
export function TimesSection({ model, onOpen }: { model: CheckInModel; onOpen: () => void }) {
  const form = model.form.value;
  const { times } = model;
  const unconfirmed = times.unconfirmed.value;
  return (
    <fieldset class="check-in-times">
      <legend>{t('times.legend')}</legend>
      {times.expanded.value ? (
        timeFields.map((field) => <TimeInput key={field} model={model} field={field} />)
      ) : (
        <>
          <dl class="figures">
            {timeFields.map((field) => (
              <Fragment key={field}>
                <dt>{answerWords.short[field]()}</dt>
                <dd>{briefAnswer(form, field)}</dd>
              </Fragment>
            ))}
          </dl>
          <label class="choice check-in-confirm">
            <input
              id={CONFIRM_ID}
              type="checkbox"
              checked={times.confirmed.value}
              onChange={(event) => times.setConfirmed(event.currentTarget.checked)}
              {...(unconfirmed
                ? { 'aria-invalid': true, 'aria-describedby': problemId(CONFIRM_ID) }
                : {})}
            />
            <span>{t('times.confirm')}</span>
          </label>
          {unconfirmed && (
            <p id={problemId(CONFIRM_ID)} class="check-in-problem">
              {t('times.unconfirmed')}
            </p>
          )}
          <Button
            variant="quiet"
            onClick={() => {
              times.open();
              onOpen();
            }}
          >
            {t('times.change')}
          </Button>
        </>
      )}
    </fieldset>
  );
}

function TimeInput({ model, field }: { model: CheckInModel; field: TimeField }) {
  const id = fieldId(field);
  const form = model.form.value;
  const problem = model.problems.value[field];
  const shared = { id, ...invalidProps(id, problem) };
  return (
    <div class="check-in-field">
      <label for={id}>{answerWords.ask[field]()}</label>
      {isMoment(field) ? (
        <input
          {...shared}
          type="time"
          value={form[field]?.time ?? ''}
          onInput={(event) => model.setTime(field, event.currentTarget.value)}
        />
      ) : (
        <input
          {...shared}
          type="number"
          inputMode="numeric"
          min={0}
          max={field === 'wakings' ? 99 : 1440}
          step={1}
          value={form[field as CountField] ?? ''}
          onInput={(event) =>
            model.answer(field as CountField, typedCount(event.currentTarget.value))
          }
        />
      )}
      <Problem fieldId={id} problem={problem} />
    </div>
  );
}
