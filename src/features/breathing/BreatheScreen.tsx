import './breathing.css';
import { Screen } from '../../ui/Screen';
import { BreathBar, BreathDetails, BreathOrb } from './BreathGuide';
import { BreathEnd } from './BreathEnd';
import { BreathSetup } from './BreathSetup';
import type { BreathingModel } from './breathing-model';
import { t } from './messages';

/** /breathe: choose a pattern, breathe with the guide, rest at the end. */
export function BreatheScreen({ model }: { model: BreathingModel }) {
  const status = model.status.value;
  const active = status === 'running' || status === 'paused';
  const still = model.still.value;
  const { text, id } = model.announcement.value;
  return (
    <Screen title={t('title')}>
      {status === 'setup' && <BreathSetup model={model} />}
      {active && !still && <BreathOrb model={model} />}
      {/* Always in the page, so its first word is announced; each phase is said once. */}
      <p class="breath-word" role="status" aria-live="polite" data-still={still}>
        {text && <span key={id}>{text}</span>}
      </p>
      {active && still && <BreathBar model={model} />}
      {active && <BreathDetails model={model} />}
      {status === 'done' && <BreathEnd model={model} />}
    </Screen>
  );
}
