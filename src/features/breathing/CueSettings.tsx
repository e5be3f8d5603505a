import './cue-settings.css';
import { useId } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { Button } from '../../ui/Button';
import { appSettings } from '../settings/app-settings';
import { createCueSettingsModel } from './cue-settings-model';
import { t } from './messages';

let model: ReturnType<typeof createCueSettingsModel> | undefined;

/** Settings › Cues: tone, volume, vibration, voice, and the still breathing guide. */
export function CueSettings() {
  model ??= createCueSettingsModel();
  const volumeId = useId();
  const { cues, breathing } = appSettings.settings.value;
  const voiceAvailable = model.voiceAvailable.value;
  return (
    <>
      <h2>{t('cues.heading')}</h2>
      <p>{t('cues.about')}</p>
      <Toggle
        checked={cues.tone}
        onChange={(on) => appSettings.update('cues.tone', on)}
        label={t('cues.tone')}
      />
      <div class="cue-volume">
        <label for={volumeId}>{t('cues.toneVolume')}</label>
        <input
          id={volumeId}
          type="range"
          min={5}
          max={100}
          step={5}
          value={cues.toneVolume}
          disabled={!cues.tone}
          aria-valuetext={`${cues.toneVolume}%`}
          onInput={(event) =>
            appSettings.update('cues.toneVolume', Number(event.currentTarget.value))
          }
        />
        <Button disabled={!cues.tone} onClick={() => model?.sample()}>
          {t('cues.sample')}
        </Button>
      </div>
      <Toggle
        checked={cues.vibrate}
        onChange={(on) => appSettings.update('cues.vibrate', on)}
        label={t('cues.vibrate')}
        hint={model.vibrationAvailable ? undefined : t('cues.vibrateMissing')}
      />
      <Toggle
        checked={cues.voice}
        disabled={!voiceAvailable && !cues.voice}
        onChange={(on) => appSettings.update('cues.voice', on)}
        label={t('cues.voice')}
        hint={voiceAvailable ? undefined : t('cues.voiceMissing')}
      />
      <Toggle
        checked={breathing.still}
        onChange={(on) => appSettings.update('breathing.still', on)}
        label={t('cues.still')}
        hint={t('cues.stillHint')}
      />
    </>
  );
}

function Toggle({
  checked,
  disabled = false,
  onChange,
  label,
  hint,
}: {
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  hint?: ComponentChildren;
}) {
  return (
    <label class="choice cue-toggle">
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span>
        {label}
        {hint && <span class="choice-hint">{hint}</span>}
      </span>
    </label>
  );
}
