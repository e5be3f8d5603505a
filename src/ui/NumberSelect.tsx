import { useId } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

/**
 * A labelled native select of numbers: one tap opens the phone's own picker, which is
 * easier one-handed in the dark than a text field and its keyboard.
 */
export function NumberSelect({
  class: className,
  label,
  value,
  options,
  format,
  onChange,
}: {
  /** The screen's own class for layout. */
  class: string;
  label: ComponentChildren;
  value: number;
  options: readonly number[];
  format: (value: number) => string;
  onChange: (value: number) => void;
}) {
  const id = useId();
  return (
    <div class={className}>
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
