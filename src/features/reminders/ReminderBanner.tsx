import './reminders.css';
import { Button } from '../../ui/Button';
import type { RemindersModel } from './reminders-model';
import { t } from './messages';
import { inWordsNow } from './reminders-planning';
import { deviceTimeZone } from '../../lib/schedule/zoned-time';

/**
 * The calm in-app note at a reminder's time, while Lull is on screen. The live region is always
 * there, so screen readers announce the note when it appears; it never takes focus.
 */
export function ReminderBanner({ model }: { model: RemindersModel }) {
  const shown = model.banner.value;
  // Worded at each render, so the note follows a change of language while it is up.
  const reminder = shown && inWordsNow(shown, shown.zone ?? deviceTimeZone());
  return (
    <div class={reminder ? 'reminder-banner' : undefined}>
      <div role="status">
        {reminder && (
          <>
            <p class="reminder-banner-title">{reminder.title}</p>
            <p>{reminder.body}</p>
          </>
        )}
      </div>
      {reminder && (
        <div class="button-row">
          {/* A link, not a button: it goes to /routine or /check-in, in-app (src/lib/navigation.ts). */}
          <a
            class="button"
            data-variant="primary"
            href={reminder.url}
            onClick={model.dismissBanner}
          >
            {reminder.kind === 'wake' ? t('action.fillIn') : t('action.start')}
          </a>
          <Button variant="quiet" onClick={model.dismissBanner}>
            {t('banner.dismiss')}
          </Button>
        </div>
      )}
    </div>
  );
}
