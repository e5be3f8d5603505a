import './ui/theme.css';
import { render } from 'preact';
import { App, reminderBanner, updateBanner } from './app';
import { captureInstallPrompt } from './lib/install-capture';

captureInstallPrompt();
render(<App />, document.getElementById('app') as HTMLElement);

// After first paint: the service worker, the update prompt and reminders never compete with
// the first screen, and none of their code is part of the first-load JS.
addEventListener('load', () => {
  void import('./features/update/start-updates').then(
    (updates) => (updateBanner.value = updates.startUpdates()),
  );
  void import('./features/reminders/start-reminders').then(
    (reminders) => (reminderBanner.value = reminders.startReminders()),
  );
});
