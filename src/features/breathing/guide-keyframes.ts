import { breathMs, phaseNames, type Breath } from '../../lib/guides/breath-timing';

/** The two forms of the guide: a growing circle, or (reduced motion) a filling bar. */
export type GuideForm = 'orb' | 'bar';

const SMALL = { transform: 'scale(0.5)', opacity: 0.5 };
const LARGE = { transform: 'scale(1)', opacity: 1 };

/**
 * One breath of the guide as Web Animations keyframes (transform and opacity only, so the
 * compositor draws it without layout). Orb: grows on the in-breath, rests on the hold,
 * shrinks on the out-breath. Bar: fills from empty during each phase.
 */
export function guideKeyframes(breath: Breath, form: GuideForm): Keyframe[] {
  const total = breathMs(breath);
  const frames: Keyframe[] = [];
  let at = 0;
  for (const phase of phaseNames) {
    const length = Math.round(breath[phase] * 1000);
    const from = at / total;
    at += length;
    if (length === 0) continue;
    const to = at / total;
    if (form === 'bar') {
      frames.push({ offset: from, transform: 'scaleX(0)', easing: 'linear' });
      frames.push({ offset: to, transform: 'scaleX(1)' });
    } else {
      const start = phase === 'inhale' || phase === 'holdOut' ? SMALL : LARGE;
      const end = phase === 'exhale' || phase === 'holdOut' ? SMALL : LARGE;
      frames.push({ offset: from, ...start, easing: 'ease-in-out' });
      frames.push({ offset: to, ...end });
    }
  }
  return frames;
}
