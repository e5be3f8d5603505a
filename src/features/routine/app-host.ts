import { openKeyValueStore } from '../../lib/storage/kv';
import { sessionStoreName } from '../../lib/storage/resume-slot';
import { appSettings } from '../settings/app-settings';
// The routine hosts the Sounds feature's one shared model (on purpose, see routine-host).
import { soundsModel } from '../sounds/sounds-model';
import { BREATHING_SLOT, hostBreathing, type BreathingView } from '../breathing/hosted-breathing';
import { hostStretches, STRETCHES_SLOT, type StretchesView } from '../stretches/hosted-stretches';
import type { RoutineHost } from './routine-host';

/** What a hosted step shows: the hosted feature's own model, for its own components. */
export type HostedView = BreathingView | StretchesView;

const sessions = openKeyValueStore(sessionStoreName);

/**
 * The features the routine hosts, as the app runs them: the breathing and stretch models on
 * the routine's own resume slots, and the sounds at lights out.
 */
export const appHost: RoutineHost<HostedView> = {
  open: (step) =>
    step.kind === 'breathing'
      ? hostBreathing(step, appSettings, sessions)
      : hostStretches(step, appSettings, sessions),
  forget: () => Promise.all([sessions.del(BREATHING_SLOT), sessions.del(STRETCHES_SLOT)]),
  lightsOut: (step) => soundsModel().playFor(step.timerMinutes, step.preset),
};
