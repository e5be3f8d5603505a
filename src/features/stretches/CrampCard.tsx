import { useComputed } from '@preact/signals';
import { Button } from '../../ui/Button';
import { Sheet } from '../../ui/Sheet';
import type { CrampTimer } from './cramp-model';
import { t } from './messages';

/** "Cramp right now": the first-aid steps of CONTENT.md and one hold timer, in a sheet. */
export function CrampCard({
  open,
  timer,
  onClose,
}: {
  open: boolean;
  timer: CrampTimer;
  onClose: () => void;
}) {
  const status = timer.status.value;
  const spoken = useComputed(() => t.plural('cramp.left', timer.secondsLeft.value));
  return (
    <Sheet open={open} title={t('cramp.title')} onClose={onClose}>
      <p>{t('cramp.intro')}</p>
      <ol class="cramp-steps">
        <li>{t('cramp.straighten')}</li>
        <li>{t('cramp.massage')}</li>
        <li>{t('cramp.stand')}</li>
      </ol>
      {status === 'running' && (
        <div class="cramp-timer">
          <p class="cramp-holding">{t('cramp.holding')}</p>
          <p class="cramp-count" role="timer">
            <span aria-hidden="true">{timer.secondsLeft}</span>
            <span class="visually-hidden">{spoken}</span>
          </p>
        </div>
      )}
      {status === 'done' && <p class="cramp-done">{t('cramp.done')}</p>}
      <div class="button-row">
        {status === 'running' ? (
          <Button onClick={timer.reset}>{t('cramp.stop')}</Button>
        ) : (
          <Button variant="primary" onClick={timer.start}>
            {status === 'done' ? t('cramp.again') : t('cramp.start')}
          </Button>
        )}
        <Button variant="quiet" onClick={onClose}>
          {t('cramp.close')}
        </Button>
      </div>
      <p class="muted">{t('cramp.doctor')}</p>
    </Sheet>
  );
}
