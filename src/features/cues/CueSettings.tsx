import './cue-settings.css';
import { useId } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { Button } from '../../ui/Button';
import type { CueSettingsModel } from './cue-settings-model';
import { t } from './messages';
import { currentLocale } from '../../lib/messages';

/** A percentage as the app's language writes it: "60%" in English, "60 %" in Russian. */
const percent = (value: number) =>
  new Intl.NumberFormat(currentLocale(), { style: 'percent' }).format(value / 100);

/** Settings › Cues: tone, volume, vibration, voice, and the still breathing guide. */
export function CueSettings({ model }: { model: CueSettingsModel }) {
  const volumeId = useId();
  const { settings } = model;
  const { cues, breathing } = settings.settings.value;
  const voiceAvailable = model.voiceAvailable.value;
  return (
    <>
      <h2>{t('heading')}</h2>
      <p>{t('about')}</p>
      <Toggle
        checked={cues.tone}
        onChange={(on) => settings.update('cues.tone', on)}
        label={t('tone')}
      />
      <div class="cue-volume">
        <label for={volumeId}>{t('toneVolume')}</label>
        <input
          id={volumeId}
          type="range"
          min={5}
          max={100}
          step={5}
          value={cues.toneVolume}
          disabled={!cues.tone}
          aria-valuetext={percent(cues.toneVolume)}
          onInput={(event) => settings.update('cues.toneVolume', Number(event.currentTarget.value))}
        />
        <Button disabled={!cues.tone} onClick={() => model.sample()}>
          {t('sample')}
        </Button>
      </div>
      <Toggle
        checked={cues.vibrate}
        onChange={(on) => settings.update('cues.vibrate', on)}
        label={t('vibrate')}
        hint={model.vibrationAvailable ? undefined : t('vibrateMissing')}
      />
      <Toggle
        checked={cues.voice}
        disabled={!voiceAvailable && !cues.voice}
        onChange={(on) => settings.update('cues.voice', on)}
        label={t('voice')}
        hint={voiceAvailable ? undefined : t('voiceMissing')}
      />
      <Toggle
        checked={breathing.still}
        onChange={(on) => settings.update('breathing.still', on)}
        label={t('still')}
        hint={t('stillHint')}
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
