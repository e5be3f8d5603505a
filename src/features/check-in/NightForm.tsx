import { useEffect, useState } from 'preact/hooks';
import { restedLevels, sleepQualities } from '../../lib/diary/night-entry';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { AnswerGroup } from './AnswerGroup';
import type { CheckInModel } from './check-in-model';
import { t } from './messages';
import { answerWords } from './answer-words';
import { MoreAnswers } from './MoreAnswers';
import { Problem } from './Problem';
import { fieldId, TimesSection } from './TimesSection';
import { nightTitle } from './words';

/** Focus on a field, or on the answer chosen (else the first) of a group of radio buttons. */
function focusField(field: string) {
  const element = document.getElementById(fieldId(field));
  const target =
    element instanceof HTMLFieldSetElement
      ? (element.querySelector('input:checked') ?? element.querySelector('input'))
      : element;
  (target as HTMLElement | null)?.focus();
}

/** One night's check-in: the times, how it was, Lull's own questions, and Save. */
export function NightForm({ model }: { model: CheckInModel }) {
  // Focus moves after the render that shows the field (opening the times adds them).
  const [focus, setFocus] = useState<{ field: string } | null>(null);
  useEffect(() => {
    if (focus) focusField(focus.field);
  }, [focus]);
  const form = model.form.value;
  const problems = model.problems.value;
  const submit = async (event: Event) => {
    event.preventDefault();
    const first = await model.save();
    if (first) setFocus({ field: first });
  };
  return (
    <form class="check-in" onSubmit={submit} noValidate>
      <p class="check-in-night">{nightTitle(form.night)}</p>
      {model.unreadable.value && (
        <Notice>
          <p>{t('night.unreadable')}</p>
        </Notice>
      )}
      {problems.night && (
        <div id={fieldId('night')} tabIndex={-1}>
          <Problem fieldId={fieldId('night')} problem={problems.night} />
        </div>
      )}
      <TimesSection model={model} onOpen={() => setFocus({ field: 'intoBed' })} />
      <AnswerGroup
        id={fieldId('quality')}
        legend={t('ask.quality')}
        choices={sleepQualities}
        label={(choice) => answerWords.quality[choice]()}
        value={form.quality}
        onChange={(choice) => model.answer('quality', choice)}
        problem={problems.quality}
      />
      <AnswerGroup
        id={fieldId('rested')}
        legend={t('ask.rested')}
        choices={restedLevels}
        label={(choice) => answerWords.rested[choice]()}
        value={form.rested}
        onChange={(choice) => model.answer('rested', choice)}
      />
      <MoreAnswers model={model} />
      <p class="check-in-save">
        <Button type="submit" variant="primary" disabled={model.saving.value}>
          {model.saving.value ? t('saving') : t('save')}
        </Button>
      </p>
      {/* Always in the page, so the words are announced when they appear (politely). */}
      <p role="status" class="check-in-saved">
        {model.saved.value && (
          <>
            {t('saved')} <a href="/nights">{t('saved.nights')}</a>
          </>
        )}
      </p>
    </form>
  );
}
