import { bool, int, num, type Infer } from '../../lib/storage/schema';
import {
  defaultHoldSeconds,
  HOLD_MAX_S,
  HOLD_MIN_S,
  HOLD_STEP_S,
  MAX_ROUNDS,
  type StepId,
} from '../../lib/guides/stretch-steps';

const step = (id: StepId) => ({
  included: bool(true),
  holdSeconds: num(defaultHoldSeconds[id], HOLD_MIN_S, HOLD_MAX_S, HOLD_STEP_S),
});

/** The stretch sequence as the person set it: which steps are in, their holds, rounds. */
export const stretchesSettingsShape = {
  steps: {
    'wall-calf': step('wall-calf'),
    'bent-knee': step('bent-knee'),
    towel: step('towel'),
    'ankle-circles': step('ankle-circles'),
    toes: step('toes'),
  },
  rounds: int(1, 1, MAX_ROUNDS),
};

/** The stretch settings as the app uses them. */
export type StretchesSettings = Infer<typeof stretchesSettingsShape>;
