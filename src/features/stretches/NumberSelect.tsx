import { useId } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

/**
 * A labelled native select of numbers: the phone's own picker, easy one-handed in the dark.
 * (The breathing timer has the same control; features do not share code except through lib/
 * and ui/, so it lives here twice until it moves to ui/.)
 */
export function NumberSelect({
  label,
  value,
  options,
  format,
  onChange,
}: {
  label: ComponentChildren;
  value: number;
  options: readonly number[];
  format: (value: number) => string;
  onChange: (value: number) => void;
}) {
  const id = useId();
  return (
    <div class="stretch-select">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={String(value)}
        onChange={(event) => onChange(Number(event.currentTarget.value))}
      >
        {options.map((option) => (
          <option key={option} value={String(option)}>
            {format(option)}
          </option>
        ))}
      </select>
    </div>
  );
}
