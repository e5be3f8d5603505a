// Reminders from Lull's server, in their own chunk: loaded when the reminders model starts, and
// used only where the server answers (online by definition), so not precached (vite.config.ts).
import { browserPushClient } from '../../lib/push/push-client';
import { openPushStore } from '../../lib/push/push-store';
import type { WhenClosed } from './capabilities';
import { pushScheduleOf } from './push-schedule';
import { createPushSync, type PushSyncDeps } from './push-sync';
import type { RemindersSettings } from './reminders-settings';
import type { Schedule } from '../../lib/schedule/schedule';
import { tp } from './push-messages';
import { PushToggle } from './PushToggle';

const closedText: Record<Exclude<WhenClosed, 'calendar'>, () => string> = {
  push: () => tp('can.closed.push'),
  pending: () => tp('can.closed.pending'),
  offer: () => tp('can.closed.offer'),
  blocked: () => tp('can.closed.blocked'),
  install: () => tp('can.closed.install'),
};

/** What the push rules read when they send: the settings and the device's time zone now. */
type Current = () => { schedule: Schedule; reminders: RemindersSettings; timeZone: string };

/** The push rules over this browser's client and store, with the words and toggle they show. */
export function setUpPush(
  deps: Omit<PushSyncDeps, 'client' | 'store' | 'schedule'> &
    Partial<PushSyncDeps> & { current: Current },
) {
  const schedule = () => {
    const { schedule, reminders, timeZone } = deps.current();
    return pushScheduleOf(schedule, reminders, timeZone);
  };
  const sync = createPushSync({
    schedule,
    ...deps,
    client: deps.client ?? browserPushClient(),
    store: deps.store ?? openPushStore(),
  });
  return {
    sync,
    Toggle: () => <PushToggle push={sync} />,
    closedText: (kind: Exclude<WhenClosed, 'calendar'>) => closedText[kind](),
  };
}

/** Push reminders as the reminders model holds them once loaded. */
export type PushFeature = ReturnType<typeof setUpPush>;
