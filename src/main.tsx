import './ui/theme.css';
import { render } from 'preact';
import { App } from './app';
import { registerServiceWorker } from './lib/sw-bridge';
import { appUpdate } from './features/update/update-model';
import { reminderBanner } from './app';

render(<App />, document.getElementById('app') as HTMLElement);

// After first paint, so the worker never competes with the first screen.
addEventListener('load', () => {
  void registerServiceWorker().then((bridge) => appUpdate.connect(bridge));
  // Reminders load after first paint too: none of their code is in the first-load JS.
  void import('./features/reminders/start-reminders').then(
    (reminders) => (reminderBanner.value = reminders.startReminders()),
  );
});
