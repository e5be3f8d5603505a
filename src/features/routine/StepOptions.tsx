import { useId } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { patternName, stretchName } from '../../lib/guides/names';
import { MAX_MINUTES, patternIds, type PatternId } from '../../lib/guides/breath-patterns';
import { stepIds } from '../../lib/guides/stretch-steps';
import { habitIds, type HabitId } from './habits';
import { t } from './messages';
import type { RoutineEditor } from './routine-editor';
import type { RoutineStep } from './routine-settings';
import { stepKey, type StepOf } from './routine-steps';
import { timerChoices } from './sound-presets';
import { habitText } from './step-text';

const minuteOptions = Array.from({ length: MAX_MINUTES }, (_, index) => index + 1);

/** A labelled native select: one tap opens the phone's own picker. */
function Select<T extends string | number>({
  label,
  value,
  options,
  onChange,
}: {
  label: ComponentChildren;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <div class="routine-select">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={String(value)}
        onChange={(event) => {
          const chosen = options.find(
            (option) => String(option.value) === event.currentTarget.value,
          );
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={String(option.value)}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

type Props<K extends RoutineStep['kind']> = {
  step: StepOf<K>;
  index: number;
  editor: RoutineEditor;
  name: string;
};

function HabitOptions({ step, index, editor, name }: Props<'habit'>) {
  const used = new Set(editor.steps.value.map(stepKey));
  const free = habitIds.filter((habit) => habit === step.habit || !used.has(`habit:${habit}`));
  return (
    <Select<HabitId>
      label={
        <>
          {t('options.habit')}
          <span class="visually-hidden"> ({name})</span>
        </>
      }
      value={step.habit}
      options={free.map((habit) => ({ value: habit, label: habitText[habit]()[0] }))}
      onChange={(habit) => editor.change(index, { ...step, habit })}
    />
  );
}

function BreathingOptions({ step, index, editor }: Props<'breathing'>) {
  const customTiming = editor.guides.customBreath();
  return (
    <>
      <Select<PatternId>
        label={t('options.pattern')}
        value={step.pattern}
        options={patternIds.map((pattern) => ({
          value: pattern,
          label:
            pattern === 'custom'
              ? t('options.custom', { timing: customTiming })
              : patternName(pattern),
        }))}
        onChange={(pattern) => editor.change(index, { ...step, pattern })}
      />
      <Select<number>
        label={t('options.minutes')}
        value={step.minutes}
        options={minuteOptions.map((minutes) => ({
          value: minutes,
          label: t('duration.minutes', { minutes }),
        }))}
        onChange={(minutes) => editor.change(index, { ...step, minutes })}
      />
    </>
  );
}

function StretchOptions({ step, index, editor }: Props<'stretches'>) {
  return (
    <fieldset class="routine-fieldset">
      <legend>{t('options.stretches')}</legend>
      {stepIds.map((id) => {
        const included = step.stretches.includes(id);
        // The last stretch left stays: a stretch step of no stretch would do nothing.
        const last = included && step.stretches.length === 1;
        return (
          <label class="choice" key={id}>
            <input
              type="checkbox"
              checked={included}
              disabled={last}
              onChange={(event) =>
                editor.change(index, {
                  ...step,
                  stretches: event.currentTarget.checked
                    ? stepIds.filter((other) => other === id || step.stretches.includes(other))
                    : step.stretches.filter((other) => other !== id),
                })
              }
            />
            <span>{stretchName(id)}</span>
          </label>
        );
      })}
      <p class="muted">{t('options.stretchesHint')}</p>
    </fieldset>
  );
}

function SoundsOptions({ step, index, editor }: Props<'sounds'>) {
  const presets = editor.guides.soundPresets();
  return (
    <>
      <Select<string>
        label={t('options.preset')}
        value={presets.some((preset) => preset.id === step.preset) ? step.preset : ''}
        options={[
          { value: '', label: t('summary.ownMix') },
          ...presets.map(({ id, name }) => ({ value: id, label: name })),
        ]}
        onChange={(preset) => editor.change(index, { ...step, preset })}
      />
      <Select<number>
        label={t('options.timer')}
        value={step.timerMinutes}
        options={timerChoices.map((minutes) => ({
          value: minutes,
          label: t('duration.minutes', { minutes }),
        }))}
        onChange={(timerMinutes) => editor.change(index, { ...step, timerMinutes })}
      />
    </>
  );
}

/** A step's options, folded away until asked for. */
export function StepOptions({
  step,
  index,
  editor,
  name,
}: {
  step: RoutineStep;
  index: number;
  editor: RoutineEditor;
  name: string;
}) {
  let options: ComponentChildren;
  switch (step.kind) {
    case 'habit':
      options = <HabitOptions step={step} index={index} editor={editor} name={name} />;
      break;
    case 'breathing':
      options = <BreathingOptions step={step} index={index} editor={editor} name={name} />;
      break;
    case 'stretches':
      options = <StretchOptions step={step} index={index} editor={editor} name={name} />;
      break;
    case 'sounds':
      options = <SoundsOptions step={step} index={index} editor={editor} name={name} />;
      break;
  }
  return (
    <details class="routine-options">
      <summary aria-label={t('edit.options.of', { name })}>{t('edit.options')}</summary>
      {options}
    </details>
  );
}
