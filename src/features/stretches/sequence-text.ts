import type { Side, StretchSegment } from '../../lib/guides/stretch-sequence';
import type { StepId } from '../../lib/guides/stretch-steps';
import { t } from './messages';
import { stretchName } from '../../lib/guides/names';

/** A stretch's two or three lines of instruction. */
export const stepLines: Record<StepId, () => string[]> = {
  'wall-calf': () => [t('step.wall-calf.1'), t('step.wall-calf.2'), t('step.wall-calf.3')],
  'bent-knee': () => [t('step.bent-knee.1'), t('step.bent-knee.2'), t('step.bent-knee.3')],
  towel: () => [t('step.towel.1'), t('step.towel.2'), t('step.towel.3')],
  'ankle-circles': () => [t('step.ankle-circles.1'), t('step.ankle-circles.2')],
  toes: () => [t('step.toes.1'), t('step.toes.2')],
};

/** The text alternative of a stretch's figure. */
export const stepAlt: Record<StepId, () => string> = {
  'wall-calf': () => t('step.wall-calf.alt'),
  'bent-knee': () => t('step.bent-knee.alt'),
  towel: () => t('step.towel.alt'),
  'ankle-circles': () => t('step.ankle-circles.alt'),
  toes: () => t('step.toes.alt'),
};

/** "Left leg", "Right leg", "Both feet". */
export const sideName: Record<Side, () => string> = {
  left: () => t('side.left'),
  right: () => t('side.right'),
  both: () => t('side.both'),
};

/** What a part of the sequence is called on screen. */
export const kindName: Record<StretchSegment['kind'], () => string> = {
  ready: () => t('kind.ready'),
  hold: () => t('kind.hold'),
  switch: () => t('kind.switch'),
  rest: () => t('kind.rest'),
};

/** The sentence announced (politely, once) as a part of the sequence starts. */
export function describeSegment(segment: StretchSegment): string {
  const name = stretchName(segment.step);
  const side = sideName[segment.side]();
  switch (segment.kind) {
    case 'ready':
      return t('announce.ready', { name, side });
    case 'hold':
      return t('announce.hold', { name, side, seconds: segment.durationMs / 1000 });
    case 'switch':
      return t('announce.switch');
    default:
      return t('announce.rest', { name, side });
  }
}
