import {
  crampCounts,
  crampLegs,
  eveningFactors,
  jerkCounts,
  NOTE_MAX_LENGTH,
} from '../../lib/diary/night-entry';
import type { CheckInModel } from './check-in-model';
import { AnswerGroup, YesNo } from './AnswerGroup';
import { t } from './messages';
import { answerWords } from './answer-words';
import { invalidProps, Problem } from './Problem';
import { fieldId } from './TimesSection';

/** Lull's own questions, each optional: jerks, cramps, daytime twitching, the evening. */
export function MoreAnswers({ model }: { model: CheckInModel }) {
  const form = model.form.value;
  const problems = model.problems.value;
  const words = { yes: t('yes'), no: t('no') };
  const factors = form.factors ?? [];
  return (
    <fieldset class="check-in-more">
      <legend>{t('more.legend')}</legend>
      <AnswerGroup
        id={fieldId('jerks')}
        legend={t('ask.jerks')}
        choices={jerkCounts}
        label={(choice) => answerWords.jerks[choice]()}
        value={form.jerks}
        onChange={(choice) => model.answer('jerks', choice)}
      />
      {form.jerks !== null && form.jerks !== 'none' && (
        <YesNo
          id={fieldId('jerkWokeMe')}
          legend={t('ask.jerkWokeMe')}
          value={form.jerkWokeMe}
          onChange={(answer) => model.answer('jerkWokeMe', answer)}
          words={words}
          problem={problems.jerkWokeMe}
        />
      )}
      <AnswerGroup
        id={fieldId('cramp')}
        legend={t('ask.cramp')}
        choices={crampCounts}
        label={(choice) => answerWords.cramp[choice]()}
        value={form.cramp}
        onChange={(choice) => model.answer('cramp', choice)}
      />
      {form.cramp !== null && form.cramp !== 'none' && (
        <AnswerGroup
          id={fieldId('crampLeg')}
          legend={t('ask.crampLeg')}
          choices={crampLegs}
          label={(choice) => answerWords.leg[choice]()}
          value={form.crampLeg}
          onChange={(choice) => model.answer('crampLeg', choice)}
          problem={problems.crampLeg}
        />
      )}
      <YesNo
        id={fieldId('daytimeTwitching')}
        legend={t('ask.daytimeTwitching')}
        value={form.daytimeTwitching}
        onChange={(answer) => model.answer('daytimeTwitching', answer)}
        words={words}
      />
      <div class="answer-group" role="group" aria-labelledby="check-in-factors-label">
        <p id="check-in-factors-label" class="answer-legend">
          {t('ask.factors')}
        </p>
        <div class="answer-choices">
          {eveningFactors.map((factor) => (
            <button
              key={factor}
              type="button"
              class="answer"
              aria-pressed={factors.includes(factor)}
              onClick={() => model.toggleFactor(factor)}
            >
              {answerWords.factor[factor]()}
            </button>
          ))}
        </div>
      </div>
      <div class="check-in-field">
        <label for={fieldId('note')}>{t('ask.note')}</label>
        <textarea
          id={fieldId('note')}
          rows={2}
          maxLength={NOTE_MAX_LENGTH}
          value={form.note}
          onInput={(event) => model.answer('note', event.currentTarget.value)}
          {...invalidProps(fieldId('note'), problems.note)}
        />
        <Problem fieldId={fieldId('note')} problem={problems.note} />
      </div>
    </fieldset>
  );
}
