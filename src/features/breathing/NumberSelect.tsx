import { useId } from 'preact/hooks';

/**
 * A labelled native select of numbers: one tap opens the phone's own picker, which is
 * easier one-handed in the dark than a text field and its keyboard.
 */
export function NumberSelect({
  label,
  value,
  options,
  format,
  onChange,
}: {
  label: string;
  value: number;
  options: readonly number[];
  format: (value: number) => string;
  onChange: (value: number) => void;
}) {
  const id = useId();
  return (
    <div class="number-select">
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

/** Numbers from `from` to `to` in steps of `step`. */
export function range(from: number, to: number, step = 1): number[] {
  const count = Math.round((to - from) / step) + 1;
  return Array.from({ length: count }, (_, index) => Math.round((from + index * step) * 10) / 10);
}
