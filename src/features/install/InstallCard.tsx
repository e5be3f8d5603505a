import { useState } from 'preact/hooks';
import { Button } from '../../ui/Button';
import { Sheet } from '../../ui/Sheet';
import type { InstallModel } from './install-model';
import { t } from './messages';

/** "Install Lull" on Chromium, the Share-sheet steps on iOS Safari, nothing once installed. */
export function InstallCard({ model }: { model: InstallModel }) {
  const [sheetOpen, setSheetOpen] = useState(false);
  const option = model.option.value;
  if (option.kind === 'installed' || option.kind === 'none') return null;
  return (
    <div class="card">
      <p>{t('offer')}</p>
      {option.kind === 'prompt' ? (
        <Button variant="primary" onClick={() => void model.install()}>
          {t('install')}
        </Button>
      ) : (
        <>
          <Button onClick={() => setSheetOpen(true)}>{t('ios.open')}</Button>
          <Sheet open={sheetOpen} title={t('ios.title')} onClose={() => setSheetOpen(false)}>
            <ol>
              <li>{t('ios.share')}</li>
              <li>{t('ios.add')}</li>
              <li>{t('ios.open-from-home')}</li>
            </ol>
            <Button variant="primary" onClick={() => setSheetOpen(false)}>
              {t('ios.close')}
            </Button>
          </Sheet>
        </>
      )}
    </div>
  );
}
