import './ui/theme.css';
import { render } from 'preact';
import { App, appReady, reminderBanner, updateBanner } from './app/App';
import { captureInstallPrompt } from './lib/install-capture';
import { firstScreenShown, markFirstScreenRendered } from './lib/first-screen';

captureInstallPrompt();

// index.html already shows Tonight, painted before any script ran (src/first-paint/). Lull
// takes that page over once it can show the same screen whole, reusing its elements, so the
// person never sees it blink or pass through a loading state. On any other path the page
// starts empty and Lull renders at once.
const root = document.getElementById('app') as HTMLElement;
const prerendered = root.firstElementChild !== null;
if (!prerendered) render(<App />, root);
void appReady.then(() => {
  if (prerendered) render(<App />, root);
  markFirstScreenRendered();
});

// After the first screen has painted: the service worker, the update prompt and reminders never
// compete with it, and none of their code is part of the first-load JS.
void firstScreenShown.then(() => {
  void import('./features/update/start-updates').then(
    (updates) => (updateBanner.value = updates.startUpdates()),
  );
  void import('./features/reminders/start-reminders').then(
    (reminders) => (reminderBanner.value = reminders.startReminders()),
  );
});
