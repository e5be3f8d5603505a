import type { PermissionState } from '../../lib/reminders/notifier';
import type { ReminderSupport } from '../../lib/reminders/notify';
import type { PushAvailability } from './push-sync';

/** What reminds the person while Lull is open or in a background tab. */
export type WhileOpen = 'notify' | 'ask' | 'blocked' | 'install' | 'none';

/** Which "how to allow notifications" text fits this browser. */
export type Guidance =
  'chromium' | 'chromium-app' | 'ios' | 'ios-install' | 'safari' | 'firefox' | 'other' | 'none';

/** What the section says under the toggles: the explanation, the guidance, or nothing. */
export type Prompt = { kind: 'explain' } | { kind: 'guide'; guidance: Guidance } | null;

/** What reminds the person while Lull runs, from the detected features and the permission. */
export function whileOpen(support: ReminderSupport, permission: PermissionState): WhileOpen {
  if (!support.notifications || permission === 'unsupported')
    return support.family === 'ios' && !support.installed ? 'install' : 'none';
  if (permission === 'granted') return 'notify';
  return permission === 'denied' ? 'blocked' : 'ask';
}

/** How to allow notifications in this browser (or, on iOS before installing, how to install). */
export function guidanceFor(support: ReminderSupport): Guidance {
  switch (support.family) {
    case 'chromium':
      return support.installed ? 'chromium-app' : 'chromium';
    case 'ios':
      return support.installed ? 'ios' : 'ios-install';
    default:
      return support.family;
  }
}

/**
 * What the reminders section says once a reminder is on: the one-line explanation before the
 * permission is asked, how to allow notifications once they are blocked (or how to get them at
 * all), and nothing when they are allowed or every reminder is off.
 */
export function promptFor(
  anyOn: boolean,
  support: ReminderSupport,
  permission: PermissionState,
): Prompt {
  if (!anyOn) return null;
  const state = whileOpen(support, permission);
  if (state === 'ask') return { kind: 'explain' };
  if (state === 'blocked' || state === 'install')
    return { kind: 'guide', guidance: guidanceFor(support) };
  if (state === 'none') return { kind: 'guide', guidance: 'none' };
  return null;
}

/** What reminds the person when Lull is closed. */
export type WhenClosed = 'push' | 'pending' | 'offer' | 'blocked' | 'install' | 'calendar';

/** What the push rules know: whether Lull's server answered, the browser, the choice. */
export interface PushView {
  availability: PushAvailability;
  canPush: boolean;
  on: boolean;
  /** The last try to bring the server up to date failed: it is tried again. */
  problem: boolean;
}

/**
 * What reminds the person when Lull is closed: the server's pushes where it answers and they
 * are on; on a static host (or before the server answered) only the calendar.
 */
export function whenClosed(
  support: ReminderSupport,
  permission: PermissionState,
  push: PushView | null,
): WhenClosed {
  if (push?.availability !== 'available') return 'calendar';
  // iOS and iPadOS give web apps push only from the Home Screen (16.4+).
  if (!push.canPush) return support.family === 'ios' && !support.installed ? 'install' : 'calendar';
  if (permission === 'denied') return 'blocked';
  if (!push.on || permission !== 'granted') return 'offer';
  return push.problem ? 'pending' : 'push';
}
