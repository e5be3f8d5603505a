import { messages } from '../../lib/messages';

/** Words of reminders: the notifications, the in-app banner and the schedule's section. */
export const t = messages('features/reminders/messages', {
  en: {
    'windDown.title': 'Time to wind down',
    'windDown.body': 'Bedtime is at {time}. Lights low, screens away.',
    'bedtime.title': 'Time for bed',
    'bedtime.body': 'Lights out, and let the day wait until tomorrow. Sleep well.',
    'wake.title': 'Fill in last night?',
    'wake.body': 'A few taps about how you slept, while the night is still fresh.',
    'action.start': 'Start wind-down',
    'action.fillIn': 'Fill in last night',
    'action.snooze': 'Snooze 10 min',
    'banner.dismiss': 'Dismiss',
    heading: 'Reminders',
    'toggle.windDown': 'Remind me when it is time to wind down',
    'toggle.bedtime': 'Remind me when it is time for bed',
    'toggle.wake': 'Remind me to fill in last night',
    explain:
      'To remind you while it is in the background, Lull needs your permission to show notifications.',
    allow: 'Allow notifications',
    'guide.chromium':
      'Notifications are blocked for Lull. To allow them, tap the icon left of the address, open Permissions or Site settings, and set Notifications to Allow.',
    'guide.chromiumApp':
      'Notifications are blocked for Lull. To allow them, open Lull’s app info (press and hold its icon, or use the menu at the top of its window) and allow Notifications.',
    'guide.ios':
      'Notifications are blocked for Lull. To allow them, open Settings, then Notifications, then Lull, and turn on Allow Notifications.',
    'guide.iosInstall':
      'On iPhone and iPad, reminders need Lull on your Home Screen: tap Share, then Add to Home Screen, and open Lull from there. Notifications are then in Settings, under Notifications, then Lull.',
    'guide.safari':
      'Notifications are blocked for Lull. To allow them, choose Safari, then Settings, then Websites, then Notifications, and set Lull to Allow.',
    'guide.firefox':
      'Notifications are blocked for Lull. To allow them, click the icon left of the address and remove the block on Send Notifications.',
    'guide.other':
      'Notifications are blocked for Lull. To allow them, open this site’s settings in your browser and allow notifications.',
    'guide.none':
      'This browser cannot show notifications. Lull reminds you on screen while it is in front, and your calendar can remind you at any time.',
    'can.heading': 'What can remind you on this device',
    'can.open': 'While Lull is open or in a background tab',
    'can.open.notify':
      'A notification at each reminder, and a note on screen when Lull is in front.',
    'can.open.ask':
      'A note on screen when Lull is in front. A notification too, once you allow notifications.',
    'can.open.blocked': 'Only a note on screen when Lull is in front: notifications are blocked.',
    'can.open.install':
      'Only a note on screen when Lull is in front: notifications need Lull on the Home Screen.',
    'can.open.none':
      'Only a note on screen when Lull is in front: this browser cannot show notifications.',
    'can.paused':
      'A phone or browser may pause Lull while it is out of sight, so a reminder from Lull can come late or not at all.',
    'can.closed': 'When Lull is closed',
    'can.closed.calendar':
      'Only your calendar, with an alarm when your wind-down starts. It is the reminder to count on.',
    'can.toCalendar': 'Go to Add to calendar',
  },
});
