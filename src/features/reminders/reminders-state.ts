import { signal } from '@preact/signals';
import type { PermissionState } from '../../lib/reminders/notifier';
import { createBannerState } from './banner-state';

/**
 * Everything the reminders model knows between checks, in one place. The composing model
 * creates and owns it; the planning, delivery, wake-up and worker parts read and write it.
 */
export function createRemindersState(
  permission: PermissionState,
  now: number,
  mono: number,
  zone: string,
) {
  return {
    banner: createBannerState(),
    permission: signal(permission),
    /** When the next reminder is due (the timer waits for it); Infinity when none is. */
    nextAt: Infinity,
    /** Wall and monotonic clock at the last look: if they move apart, the clock jumped. */
    mark: { wall: now, mono },
    /** The time zone of the last check: a new one means a trip, and a new plan. */
    zone,
    /** The plan last kept for the worker (JSON), so it is written only when it changed. */
    savedPlan: '',
    /** The periodic refresh as last asked for; undefined before the first check. */
    refreshWanted: undefined as boolean | undefined,
  };
}

/** The reminders state's interface. */
export type RemindersState = ReturnType<typeof createRemindersState>;
