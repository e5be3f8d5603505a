import { Button } from '../../ui/Button';
import { Sheet } from '../../ui/Sheet';
import { t } from './messages';

/** A sheet that asks before something is deleted. */
export function ConfirmSheet({
  open,
  title,
  body,
  confirm,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  body: string;
  confirm: string;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Sheet open={open} title={title} onClose={onClose}>
      <p>{body}</p>
      <div class="button-row">
        <Button variant="primary" onClick={onConfirm}>
          {confirm}
        </Button>
        <Button onClick={onClose}>{t('cancel')}</Button>
      </div>
    </Sheet>
  );
}
