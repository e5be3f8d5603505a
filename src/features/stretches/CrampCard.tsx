import { useComputed } from '@preact/signals';
import { Button } from '../../ui/Button';
import { Sheet } from '../../ui/Sheet';
import type { CrampTimer } from './cramp-model';
import { t } from './messages';

/** "Cramp right now": the three things CONTENT.md offers during a cramp (any one, not a sequence) and a timer. */
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
      <ul class="cramp-steps">
        <li>{t('cramp.straighten')}</li>
        <li>{t('cramp.massage')}</li>
        <li>{t('cramp.stand')}</li>
      </ul>
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
