import { Button, LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import type { ReadonlySignal } from '@preact/signals';
import { t } from './messages';

/** What the recovery screen needs of the backup: making the file, and what it said. */
export interface RecoveryBackup {
  exportData(): Promise<void>;
  message: ReadonlySignal<{ tone: 'info' | 'problem'; text: string } | null>;
}

/** The calm screen shown when a screen fails: reload, or save a backup first. */
export function RecoveryScreen({ backup }: { backup: RecoveryBackup }) {
  return (
    <Screen title={t('title')}>
      <p>{t('body')}</p>
      <div class="button-row">
        <Button variant="primary" onClick={() => location.reload()}>
          {t('reload')}
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
