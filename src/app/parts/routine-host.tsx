import { settingsPart } from '../../lib/settings/settings-access';
import { openKeyValueStore } from '../../lib/storage/kv';
import { sessionStoreName } from '../../lib/storage/resume-slot';
import { BREATHING_SLOT, hostBreathing } from '../../features/breathing/hosted-breathing';
import { HostedBreathing } from '../../features/breathing/HostedBreathing';
import { hostStretches, STRETCHES_SLOT } from '../../features/stretches/hosted-stretches';
import { HostedStretches } from '../../features/stretches/HostedStretches';
import type { RoutineHost } from '../../features/routine/routine-host';
import type { SoundsModel } from '../../features/sounds/sounds-model';
import type { AppSettings } from '../settings-schema';
import { createRoutineGuides } from './routine-guides';

/**
 * The routine's host as the app runs it: breathing and stretch steps on those features' own
 * models, each on the routine's own resume slot, shown by their own components; and the Sounds
 * model (the one the Sounds screen uses, so there is only ever one engine) at lights out.
 */
export function createRoutineHost(settings: AppSettings, sounds: SoundsModel): RoutineHost {
  const sessions = openKeyValueStore(sessionStoreName);
  return {
    guides: createRoutineGuides(settings),
    open(step) {
      if (step.kind === 'breathing') {
        const opened = hostBreathing(step, sessions, { settings: settingsPart(settings) });
        return { session: opened.session, view: () => <HostedBreathing model={opened.view} /> };
      }
      const opened = hostStretches(step, sessions, { settings: settingsPart(settings) });
      return { session: opened.session, view: () => <HostedStretches view={opened.view} /> };
    },
    forget: () => Promise.all([sessions.del(BREATHING_SLOT), sessions.del(STRETCHES_SLOT)]),
    // Straight from the tap on "Lights out": audio may start only within a person's gesture.
    lightsOut: (step) => sounds.playFor(step.timerMinutes, step.preset),
  };
}
