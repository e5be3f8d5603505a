import type { ComponentChildren } from 'preact';
import { VolumeSlider } from './VolumeSlider';
import { t } from './messages';
import type { MixLayer } from './mix-layers';

/** One sound in the mix: a switch to turn it on, and its own volume. */
export function SoundLayer({
  id,
  name,
  hint,
  layer,
  onToggle,
  onVolume,
  children,
}: {
  id: string;
  name: string;
  hint?: string;
  layer: MixLayer;
  onToggle: (on: boolean) => void;
  onVolume: (volume: number) => void;
  children?: ComponentChildren;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <li class="sounds-layer" data-on={layer.on}>
      <div class="sounds-layer-head">
        <label class="sounds-switch" for={`${id}-on`}>
          <input
            id={`${id}-on`}
            type="checkbox"
            role="switch"
            checked={layer.on}
            aria-describedby={hintId}
            onChange={(event) => onToggle(event.currentTarget.checked)}
          />
          <span class="sounds-layer-name">{name}</span>
        </label>
        {children}
      </div>
      {hint && (
        <p id={hintId} class="sounds-hint">
          {hint}
        </p>
      )}
      <VolumeSlider
        id={`${id}-volume`}
        label={t('layer.volume', { name })}
        value={layer.volume}
        onChange={onVolume}
      />
    </li>
  );
}
