import { messages } from '../../lib/messages';

/**
 * Words of reminders from Lull's server: loaded with their code, only where a server answers.
 */
export const tp = messages('features/reminders/push-messages', {
  en: {
    'can.closed.push':
      'A notification at each reminder, sent by Lull’s server. Your calendar can remind you too.',
    'can.closed.pending':
      'Lull’s server, once it has your latest schedule: Lull tries again when you come back. Until then, your calendar.',
    'can.closed.offer':
      'Only your calendar, unless you turn on “Remind me even when Lull is closed”.',
    'can.closed.blocked':
      'Only your calendar: notifications are blocked, so Lull’s server cannot remind you.',
    'can.closed.install':
      'Only your calendar for now. Add Lull to your Home Screen first, and Lull’s server can remind you too.',
    'push.toggle': 'Remind me even when Lull is closed',
    'push.problem.unreachable':
      'Lull’s server could not be reached just now. Your choice is kept, and Lull tries again when you come back.',
    'push.problem.refused':
      'Lull’s server did not take this change. Your choice is kept, and Lull tries again at your next change.',
    'push.problem.subscribe':
      'This browser could not set up reminders from Lull’s server just now. Lull tries again when you come back.',
  },
});
