import { Button, LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { createBackupModel } from '../settings/backup-model';
import { t } from './messages';
import { t as shell } from '../../app-messages';

const backup = createBackupModel();

/** The calm screen shown when a screen fails: reload, or save a backup first. */
export function RecoveryScreen() {
  return (
    <Screen title={shell('recovery.title')}>
      <p>{t('body')}</p>
      <div class="button-row">
        <Button variant="primary" onClick={() => location.reload()}>
          {shell('recovery.reload')}
        </Button>
        <Button onClick={() => void backup.exportData()}>{t('export')}</Button>
      </div>
      <p class="muted">{t('exportHint')}</p>
      {backup.message.value && (
        <Notice tone={backup.message.value.tone}>
          <p>{backup.message.value.text}</p>
        </Notice>
      )}
      <LinkButton variant="quiet" href="/">
        {t('home')}
      </LinkButton>
    </Screen>
  );
}
