import type { CheckInProblem } from '../../lib/diary/check-in';
import { invalidProps, Problem } from './Problem';

/**
 * One question answered by a tap: a row of large radio buttons. Nothing is chosen until the
 * person chooses (an optional question may stay unanswered).
 */
export function AnswerGroup<T extends string>({
  id,
  legend,
  choices,
  label,
  value,
  onChange,
  problem,
}: {
  id: string;
  legend: string;
  choices: readonly T[];
  label: (choice: T) => string;
  value: T | null;
  onChange: (choice: T) => void;
  problem?: CheckInProblem;
}) {
  return (
    <fieldset
      id={id}
      class="answer-group"
      role="radiogroup"
      aria-labelledby={`${id}-legend`}
      {...invalidProps(id, problem)}
    >
      <legend id={`${id}-legend`}>{legend}</legend>
      <div class="answer-choices">
        {choices.map((choice) => (
          <label class="answer" key={choice}>
            <input
              type="radio"
              name={id}
              value={choice}
              checked={choice === value}
              onChange={() => onChange(choice)}
            />
            <span>{label(choice)}</span>
          </label>
        ))}
      </div>
      <Problem fieldId={id} problem={problem} />
    </fieldset>
  );
}

const yesNo = ['yes', 'no'] as const;

/** A yes-or-no question, kept as true, false or unanswered. */
export function YesNo({
  id,
  legend,
  value,
  onChange,
  words,
  problem,
}: {
  id: string;
  legend: string;
  value: boolean | null;
  onChange: (answer: boolean) => void;
  words: { yes: string; no: string };
  problem?: CheckInProblem;
}) {
  return (
    <AnswerGroup
      id={id}
      legend={legend}
      choices={yesNo}
      label={(choice) => words[choice]}
      value={value === null ? null : value ? 'yes' : 'no'}
      onChange={(choice) => onChange(choice === 'yes')}
      problem={problem}
    />
  );
}
