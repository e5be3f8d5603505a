import { useState } from 'preact/hooks';
// The routine hosts the breathing and stretch features' own components (on purpose).
import { BreathBar, BreathDetails, BreathOrb } from '../breathing/BreathGuide';
import type { BreathingModel } from '../breathing/breathing-model';
import { CrampCard } from '../stretches/CrampCard';
import { StretchRunner } from '../stretches/StretchRunner';
import type { HostedView } from './app-host';
import type { StretchesView } from './hosted-stretches';

/** A polite live region that says each new word or sentence of a hosted session once. */
function Announcer({ text, id, class: className }: { text: string; id: number; class: string }) {
  return (
    <p class={className} role="status" aria-live="polite">
      {text && <span key={id}>{text}</span>}
    </p>
  );
}

/** The breathing guide as /breathe shows it: the moving (or still) guide, words, details. */
function HostedBreathing({ model }: { model: BreathingModel }) {
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

/** The stretches as /stretch runs them, with its cramp card a tap away. */
function HostedStretches({ view }: { view: StretchesView }) {
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
          // A cramp mid-sequence: the sequence (and so the routine) waits.
          model.pause();
          setCrampOpen(true);
        }}
      />
      <Announcer class="visually-hidden" text={text} id={id} />
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

/** A timed step under way, shown by the feature it belongs to. */
export function HostedStep({ view }: { view: HostedView }) {
  return view.kind === 'breathing' ? (
    <HostedBreathing model={view.model} />
  ) : (
    <HostedStretches view={view} />
  );
}
