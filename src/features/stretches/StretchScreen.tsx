import './stretches.css';
import { useState } from 'preact/hooks';
import { Screen } from '../../ui/Screen';
import type { CrampTimer } from './cramp-model';
import { CrampCard } from './CrampCard';
import { StretchEnd } from './StretchEnd';
import { StretchRunner } from './StretchRunner';
import { StretchSetup } from './StretchSetup';
import type { StretchesModel } from './stretches-model';
import { t } from './messages';

/** /stretch: choose the calf stretches, follow them, and a cramp card for the moment itself. */
export function StretchScreen({ model, cramp }: { model: StretchesModel; cramp: CrampTimer }) {
  const [crampOpen, setCrampOpen] = useState(false);
  const status = model.status.value;
  const openCramp = () => {
    // A cramp mid-sequence: the sequence waits.
    model.pause();
    setCrampOpen(true);
  };
  const closeCramp = () => {
    cramp.reset();
    setCrampOpen(false);
  };
  const { text, id } = model.announcement.value;
  return (
    <Screen title={t('title')}>
      {status === 'setup' && <StretchSetup model={model} onCramp={openCramp} />}
      {(status === 'running' || status === 'paused') && (
        <StretchRunner model={model} onCramp={openCramp} />
      )}
      {status === 'done' && <StretchEnd model={model} />}
      {/* Always in the page, so the first sentence is announced; each part is said once. */}
      <p class="visually-hidden" role="status" aria-live="polite">
        {text && <span key={id}>{text}</span>}
      </p>
      <CrampCard open={crampOpen} timer={cramp} onClose={closeCramp} />
    </Screen>
  );
}
