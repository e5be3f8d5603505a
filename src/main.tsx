import './ui/theme.css';
import { render } from 'preact';
import { App } from './app/App';
import { createLateParts } from './app/late-parts';
import { createAppModels } from './app/models';
import { createRoutes } from './app/routes';
import { createShellModel } from './app/shell-model';
import { captureInstallPrompt } from './lib/install-capture';
import { firstScreenShown, markFirstScreenRendered } from './lib/first-screen';
import { nextTask } from './lib/next-task';

captureInstallPrompt();

// Start-up comes in short tasks, each well under 50 ms on a slow phone, so a tap on the painted
// page is never kept waiting: this code's evaluation, then the models (the settings start
// loading), then the shell (the first screen starts loading), then the render. (An async
// function, not top-level await, which would make the bundler split the entry up.)
async function start() {
  await nextTask();
  const models = createAppModels();
  await nextTask();
  const routes = createRoutes(models);
  const shell = createShellModel(routes, models.settings);
  // Filled in after the first screen has painted (below).
  const late = createLateParts();

  // index.html already shows Tonight, painted before any script ran (src/first-paint/). Lull
  // takes that page over once it can show the same screen whole, reusing its elements, so the
  // person never sees it blink or pass through a loading state. On any other path the page
  // starts empty and Lull renders at once.
  const root = document.getElementById('app') as HTMLElement;
  const prerendered = root.firstElementChild !== null;
  const app = <App shell={shell} models={models} routes={routes} late={late} />;
  if (!prerendered) render(app, root);
  void shell.ready.then(async () => {
    // The settings' read and the screen's loading end in tasks of their own; Tonight works out
    // what it shows in one more, so the render's own task only matches it to the painted page.
    await nextTask();
    if (prerendered) {
      await models.home().then((home) => home.prepare(), Boolean);
      await nextTask();
      render(app, root);
      // Shown now in the app's language, where start.js held back the painted English.
      root.style.visibility = '';
    }
    markFirstScreenRendered();
  });

  // After the first screen has painted: the service worker, the update prompt, reminders and
  // the install offer never compete with it, and none of their code is part of the first load
  // (nor is the code that starts them: it made room for the first load's compile hints).
  void firstScreenShown.then(() =>
    import('./app/late-start').then((m) => m.startLateParts(models, late)),
  );
}

void start();
