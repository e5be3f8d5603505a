import { useEffect, useState } from 'preact/hooks';
import { Button } from '../../ui/Button';
import { Sheet } from '../../ui/Sheet';
import { t } from './messages';

/** A sheet asking for a name (saving or renaming a preset). */
export function NameSheet({
  open,
  title,
  initial,
  confirm,
  onSave,
  onClose,
}: {
  open: boolean;
  title: string;
  initial: string;
  confirm: string;
  onSave: (name: string) => void;
  onClose: () => void;
}) {
  const [name, setName] = useState(initial);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    if (open) {
      setName(initial);
      setMissing(false);
    }
  }, [open, initial]);
  return (
    <Sheet open={open} title={title} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!name.trim()) return setMissing(true);
          onSave(name.trim());
        }}
      >
        <label class="sounds-field">
          <span>{t('presets.name')}</span>
          <input
            type="text"
            value={name}
            maxLength={60}
            autoComplete="off"
            aria-invalid={missing}
            onInput={(event) => setName(event.currentTarget.value)}
          />
        </label>
        {missing && <p role="alert">{t('presets.nameNeeded')}</p>}
        <div class="button-row">
          <Button type="submit" variant="primary">
            {confirm}
          </Button>
          <Button onClick={onClose}>{t('cancel')}</Button>
        </div>
      </form>
    </Sheet>
  );
}
