import { Button } from '../../ui/Button';
import { appUpdate } from './update-model';
import { t } from '../../app-messages';

/** "A new version is ready": reloads only on the person's yes. */
export function UpdatePrompt() {
  if (!appUpdate.showPrompt.value) return null;
  return (
    <div class="notice" role="status">
      <p>{t('update.ready')}</p>
      <div class="button-row">
        <Button variant="primary" onClick={appUpdate.apply}>
          {t('update.apply')}
        </Button>
        <Button variant="quiet" onClick={appUpdate.later}>
          {t('update.later')}
        </Button>
      </div>
    </div>
  );
}
