import { Button } from '../../ui/Button';
import type { UpdateModel } from './update-model';
import { t } from './messages';

/** "A new version is ready": reloads only on the person's yes. */
export function UpdatePrompt({ model }: { model: UpdateModel }) {
  if (model.updatedElsewhere.value) return <UpdatedElsewhere model={model} />;
  if (!model.showPrompt.value) return null;
  return (
    <div class="notice" role="status">
      <p>{t('ready')}</p>
      <div class="button-row">
        <Button variant="primary" onClick={model.apply}>
          {t('apply')}
        </Button>
        <Button variant="quiet" onClick={model.later}>
          {t('later')}
        </Button>
      </div>
    </div>
  );
}

/** Another tab brought the new version: this one says it waits, then offers the reload. */
function UpdatedElsewhere({ model }: { model: UpdateModel }) {
  const busy = model.busy.value;
  return (
    <div class="notice" role="status">
      <p>{busy ? t('elsewhereBusy') : t('elsewhereDone')}</p>
      {!busy && (
        <div class="button-row">
          <Button variant="primary" onClick={model.apply}>
            {t('apply')}
          </Button>
        </div>
      )}
    </div>
  );
}
