import './ui/theme.css';
import { render } from 'preact';
import { App, reminderBanner } from './app';
import { appUpdate } from './features/update/update-model';
import { captureInstallPrompt } from './lib/install-capture';

captureInstallPrompt();
render(<App />, document.getElementById('app') as HTMLElement);

// After first paint, so the worker never competes with the first screen (and its code is not
// part of the first-load JS).
addEventListener('load', () => {
  void import('./lib/sw-bridge')
    .then(({ registerServiceWorker }) => registerServiceWorker())
    .then((bridge) => appUpdate.connect(bridge));
  // Reminders load after first paint too: none of their code is in the first-load JS.
  void import('./features/reminders/start-reminders').then(
    (reminders) => (reminderBanner.value = reminders.startReminders()),
  );
});
