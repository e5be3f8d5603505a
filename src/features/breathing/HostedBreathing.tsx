import './breathing.css';
import type { BreathingModel } from './breathing-model';
import { BreathBar, BreathDetails, BreathOrb } from './BreathGuide';

/** The breathing guide as /breathe shows it, run as another feature's step: guide, words, details. */
export function HostedBreathing({ model }: { model: BreathingModel }) {
  const status = model.status.value;
  if (status !== 'running' && status !== 'paused') return null;
  const still = model.still.value;
  const { text, id } = model.announcement.value;
  return (
    <div class="routine-hosted">
      {!still && <BreathOrb model={model} />}
      <p class="breath-word" role="status" aria-live="polite" data-still={still}>
        {text && <span key={id}>{text}</span>}
      </p>
      {still && <BreathBar model={model} />}
      <BreathDetails model={model} />
    </div>
  );
}
