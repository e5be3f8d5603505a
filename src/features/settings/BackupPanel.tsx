import { useRef } from 'preact/hooks';
import { Button } from '../../ui/Button';
import { Sheet } from '../../ui/Sheet';
import { Notice } from '../../ui/Notice';
import type { BackupModel } from './backup-model';
import { t } from './messages';
import { currentLocale } from '../../lib/messages';

/** Export and import of the backup file. Import replaces data only after a confirmation. */
export function BackupPanel({ model }: { model: BackupModel }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const { pending, message } = model;
  return (
    <div class="card">
      <div class="button-row">
        <Button variant="primary" onClick={() => void model.exportData()}>
          {t('export')}
        </Button>
        <Button onClick={() => fileInput.current?.click()}>{t('import')}</Button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          tabIndex={-1}
          aria-label={t('import')}
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (file) void model.checkFile(file);
          }}
        />
      </div>
      {message.value && (
        <Notice tone={message.value.tone}>
          <p>{message.value.text}</p>
        </Notice>
      )}
      <Sheet open={pending.value !== null} title={t('import.confirmTitle')} onClose={model.cancel}>
        {pending.value && (
          <>
            <p>
              {t.plural('import.confirmBody', pending.value.journal.length, {
                date: new Intl.DateTimeFormat(currentLocale()).format(
                  new Date(pending.value.exportedAt),
                ),
              })}
            </p>
            {pending.value.diaryNights && (
              <p>{t.plural('import.confirmNights', pending.value.diaryNights.length)}</p>
            )}
            {(pending.value.droppedSettings.length > 0 || pending.value.droppedEntries > 0) && (
              <p class="muted">{t('import.dropped')}</p>
            )}
            <div class="button-row">
              <Button variant="primary" onClick={() => void model.confirm()}>
                {t('import.confirm')}
              </Button>
              <Button onClick={model.cancel}>{t('import.cancel')}</Button>
            </div>
          </>
        )}
      </Sheet>
    </div>
  );
}
