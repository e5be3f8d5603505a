import './stretches.css';
import { useState } from 'preact/hooks';
import { CrampCard } from './CrampCard';
import type { StretchesView } from './hosted-stretches';
import { StretchRunner } from './StretchRunner';

/** The stretches as /stretch runs them, run as another feature's step, with the cramp card a tap away. */
export function HostedStretches({ view }: { view: StretchesView }) {
  const [crampOpen, setCrampOpen] = useState(false);
  const { model, cramp } = view;
  const status = model.status.value;
  if (status !== 'running' && status !== 'paused') return null;
  const { text, id } = model.announcement.value;
  return (
    <div class="routine-hosted">
      <StretchRunner
        model={model}
        onCramp={() => {
          // A cramp mid-sequence: the sequence (and so whatever hosts it) waits.
          model.pause();
          setCrampOpen(true);
        }}
      />
      {/* A polite live region that says each new sentence of the sequence once. */}
      <p class="visually-hidden" role="status" aria-live="polite">
        {text && <span key={id}>{text}</span>}
      </p>
      <CrampCard
        open={crampOpen}
        timer={cramp}
        onClose={() => {
          cramp.reset();
          setCrampOpen(false);
        }}
      />
    </div>
  );
}
