import { useState } from 'preact/hooks';
import { fadeMsFor } from './sleep-timer';
import { t } from './messages';
import type { SoundsModel } from './sounds-model';

const CHOICES = [10, 20, 30, 45, 60, 90, 120];

/** A whole number of minutes from 1 to 120. */
function validMinutes(text: string): boolean {
  const minutes = Number(text);
  return text.trim() !== '' && Number.isInteger(minutes) && minutes >= 1 && minutes <= 120;
}

function fadeText(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 120
    ? t.plural('timer.fadeSeconds', seconds)
    : t.plural('timer.fadeMinutes', Math.round(seconds / 60));
}

/** The sleep timer: how long, how long the fade, and whether to fade in. */
export function TimerPanel({ model }: { model: SoundsModel }) {
  const { timerMinutes, fadeOutMinutes, fadeIn } = model.prefs.value;
  const custom = timerMinutes > 0 && !CHOICES.includes(timerMinutes);
  const [otherChosen, setOtherChosen] = useState(custom);
  const [otherMinutes, setOtherMinutes] = useState(custom ? String(timerMinutes) : '25');
  const other = otherChosen || custom;
  const choose = (minutes: number, isOther = false) => {
    setOtherChosen(isOther);
    model.setTimerMinutes(minutes);
  };
  const capped =
    timerMinutes > 0 && fadeMsFor(timerMinutes, fadeOutMinutes) < fadeOutMinutes * 60_000;
  return (
    <section aria-labelledby="sounds-timer">
      <h2 id="sounds-timer">{t('timer.heading')}</h2>
      <fieldset class="sounds-chips">
        <legend>{t('timer.legend')}</legend>
        <label class="sounds-chip">
          <input
            type="radio"
            name="sounds-timer"
            checked={timerMinutes === 0 && !otherChosen}
            onChange={() => choose(0)}
          />
          <span>{t('timer.never')}</span>
        </label>
        {CHOICES.map((minutes) => (
          <label class="sounds-chip" key={minutes}>
            <input
              type="radio"
              name="sounds-timer"
              checked={!other && timerMinutes === minutes}
              onChange={() => choose(minutes)}
            />
            <span>{t('timer.minutes', { count: minutes })}</span>
          </label>
        ))}
        <label class="sounds-chip">
          <input
            type="radio"
            name="sounds-timer"
            checked={other}
            onChange={() => choose(validMinutes(otherMinutes) ? Number(otherMinutes) : 25, true)}
          />
          <span>{t('timer.other')}</span>
        </label>
      </fieldset>
      {other && (
        <label class="sounds-field">
          <span>{t('timer.otherMinutes')}</span>
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={120}
            step={1}
            value={otherMinutes}
            aria-invalid={!validMinutes(otherMinutes)}
            aria-describedby={validMinutes(otherMinutes) ? undefined : 'sounds-other-invalid'}
            onInput={(event) => {
              const text = event.currentTarget.value;
              setOtherMinutes(text);
              if (validMinutes(text)) choose(Number(text), true);
            }}
          />
          {!validMinutes(otherMinutes) && (
            <span id="sounds-other-invalid" class="muted">
              {t('timer.otherInvalid')}
            </span>
          )}
        </label>
      )}
      <div class="sounds-fade">
        <label for="sounds-fade-out">{t('timer.fadeOut')}</label>
        {/* Shown for the eye; the slider itself says the same to screen readers. */}
        <span aria-hidden="true">{t('timer.fadeOutValue', { count: fadeOutMinutes })}</span>
        <input
          id="sounds-fade-out"
          class="sounds-slider"
          type="range"
          min={1}
          max={30}
          step={1}
          value={fadeOutMinutes}
          aria-valuetext={t.plural('timer.fadeMinutes', fadeOutMinutes)}
          onInput={(event) => model.setFadeOutMinutes(Number(event.currentTarget.value))}
        />
      </div>
      {capped && (
        <p class="muted">
          {t('timer.fadeCapped', { fade: fadeText(fadeMsFor(timerMinutes, fadeOutMinutes)) })}
        </p>
      )}
      <label class="choice">
        <input
          type="checkbox"
          checked={fadeIn}
          onChange={(event) => model.setFadeIn(event.currentTarget.checked)}
        />
        <span>{t('timer.fadeIn')}</span>
      </label>
    </section>
  );
}
