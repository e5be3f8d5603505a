import './check-in.css';
import { useEffect } from 'preact/hooks';
import { currentPath, onPathChange } from '../../lib/navigation';
import { LinkButton } from '../../ui/Button';
import { Screen } from '../../ui/Screen';
import type { CheckInModel } from './check-in-model';
import { t } from './messages';
import { NightForm } from './NightForm';

/** The path of the check-in; `?night=YYYY-MM-DD` names an earlier night. */
export const CHECK_IN_PATH = '/check-in';

/** The morning check-in: last night (or `?night=`), pre-filled, in a few taps. */
export function CheckInScreen({ model }: { model: CheckInModel }) {
  useEffect(() => {
    const open = () => {
      if (currentPath() === CHECK_IN_PATH)
        void model.open(new URLSearchParams(location.search).get('night'));
    };
    open();
    // Another night's address on the same screen (or Back to it) opens that night.
    const stop = onPathChange(open);
    return () => void stop();
  }, [model]);
  const view = model.view.value;
  return (
    <Screen title={t('title')}>
      {view === 'loading' && <p class="muted">{t('loading')}</p>}
      {(view === 'notOver' || view === 'unknown') && (
        <>
          <p>{view === 'notOver' ? t('night.notOver') : t('night.unknown')}</p>
          <LinkButton href={CHECK_IN_PATH}>{t('night.lastNight')}</LinkButton>
        </>
      )}
      {view === 'form' && <NightForm model={model} />}
    </Screen>
  );
}
