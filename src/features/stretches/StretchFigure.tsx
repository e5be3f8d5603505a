import type { ComponentChildren } from 'preact';
import type { Side } from '../../lib/guides/stretch-sequence';
import type { StepId } from '../../lib/guides/stretch-steps';
import { stepAlt } from './sequence-text';

// Line figures of our own, drawn with theme colours only (stretches.css): the body in the
// text colour, the working leg in the accent, wall and floor muted. In the night theme that
// is red and amber on black; nothing blue or white.

const Ground = ({ wall = false }: { wall?: boolean }) => (
  <g class="figure-ground">
    <line x1="12" y1="182" x2="188" y2="182" />
    {wall && <line x1="162" y1="24" x2="162" y2="182" />}
  </g>
);

/** Facing a wall, hands on it, one leg back: straight (wall calf) or bent (soleus). */
const WallStretch = ({ bent }: { bent: boolean }) => (
  <>
    <Ground wall />
    <circle class="figure-body" cx="128" cy="50" r="11" />
    <g class="figure-body">
      <line x1="122" y1="62" x2={bent ? 100 : 98} y2={bent ? 116 : 112} />
      <polyline points="120,70 141,80 160,72" />
      <polyline
        points={bent ? '100,116 122,148 120,180 134,180' : '98,112 120,142 118,180 132,180'}
      />
    </g>
    <polyline
      class="figure-focus"
      points={bent ? '100,116 74,150 58,179 48,180' : '98,112 56,176 46,180'}
    />
  </>
);

const Towel = () => (
  <>
    <Ground />
    <circle class="figure-body" cx="84" cy="88" r="11" />
    <g class="figure-body">
      <line x1="80" y1="100" x2="60" y2="168" />
      <polyline points="76,110 100,124 114,126" />
      <polyline points="62,176 144,178 150,166" />
    </g>
    <polyline class="figure-focus" points="60,168 150,168 157,150" />
    <path class="figure-prop" d="M114 123 L158 145 Q167 152 157 158 L114 129" />
  </>
);

const AnkleCircles = () => (
  <>
    <line class="figure-body" x1="82" y1="20" x2="96" y2="110" />
    <polyline class="figure-focus" points="96,110 88,128 146,130 150,120 106,108" />
    <path class="figure-prop" d="M126 96 A30 30 0 1 1 118 150" />
    <polyline class="figure-prop" points="110,142 118,150 110,158" />
  </>
);

const Toes = () => (
  <>
    <path
      class="figure-body"
      d="M100 188 C84 188 78 172 80 150 C82 128 76 110 78 96 C80 82 92 76 104 78 C122 80 130 94 128 112 C126 132 122 150 122 168 C122 182 114 188 100 188 Z"
    />
    <g class="figure-focus">
      <circle cx="82" cy="62" r="9" />
      <circle cx="100" cy="54" r="6.5" />
      <circle cx="114" cy="55" r="6" />
      <circle cx="126" cy="61" r="5.5" />
      <circle cx="136" cy="71" r="5" />
    </g>
    <path class="figure-prop" d="M64 54 L52 44 M150 70 L162 62" />
  </>
);

const drawings: Record<StepId, () => ComponentChildren> = {
  'wall-calf': () => <WallStretch bent={false} />,
  'bent-knee': () => <WallStretch bent />,
  towel: () => <Towel />,
  'ankle-circles': () => <AnkleCircles />,
  toes: () => <Toes />,
};

/**
 * A stretch's figure with its text alternative, mirrored for the right leg. `decorative`
 * hides it from assistive technology where the stretch is named right beside it.
 */
export function StretchFigure({
  step,
  side = 'left',
  decorative = false,
}: {
  step: StepId;
  side?: Side;
  decorative?: boolean;
}) {
  return (
    <svg
      class="stretch-figure"
      viewBox="0 0 200 200"
      role={decorative ? undefined : 'img'}
      aria-label={decorative ? undefined : stepAlt[step]()}
      aria-hidden={decorative ? true : undefined}
    >
      <g transform={side === 'right' ? 'translate(200 0) scale(-1 1)' : undefined}>
        {drawings[step]()}
      </g>
    </svg>
  );
}
