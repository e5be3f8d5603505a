import { t } from './messages';

/** A labelled volume slider (0-100 %), 48 px tall to touch. */
export function VolumeSlider({
  id,
  label,
  value,
  onChange,
  describedBy,
}: {
  id: string;
  label: string;
  value: number;
  onChange: (volume: number) => void;
  describedBy?: string;
}) {
  const percent = Math.round(value * 100);
  return (
    <input
      id={id}
      class="sounds-slider"
      type="range"
      min={0}
      max={100}
      step={1}
      value={percent}
      aria-label={label}
      aria-valuetext={t('volume.value', { percent })}
      aria-describedby={describedBy}
      onInput={(event) => onChange(Number(event.currentTarget.value) / 100)}
    />
  );
}
