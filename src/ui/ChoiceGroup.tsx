/** One option of a choice group. */
export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
  /** The label's language, where it is not the app's (a language named in its own words). */
  lang?: string;
}

/** A labelled set of radio buttons with large targets; arrow keys move between them. */
export function ChoiceGroup<T extends string>({
  legend,
  name,
  choices,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  choices: Choice<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset class="choice-group">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label class="choice" key={choice.value}>
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={choice.value === value}
            onChange={() => onChange(choice.value)}
          />
          <span lang={choice.lang}>
            {choice.label}
            {choice.hint && <span class="choice-hint">{choice.hint}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
