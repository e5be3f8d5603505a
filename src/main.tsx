import './ui/theme.css';
import { render } from 'preact';
import { App } from './app/App';
import { createLateParts, startLateParts } from './app/late-parts';
import { createAppModels } from './app/models';
import { createRoutes } from './app/routes';
import { createShellModel } from './app/shell-model';
import { captureInstallPrompt } from './lib/install-capture';
import { firstScreenShown, markFirstScreenRendered } from './lib/first-screen';

captureInstallPrompt();

const models = createAppModels();
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
void shell.ready.then(() => {
  if (prerendered) render(app, root);
  markFirstScreenRendered();
});

// After the first screen has painted: the service worker, the update prompt, reminders and the
// install offer never compete with it, and none of their code is part of the first-load JS.
void firstScreenShown.then(() => startLateParts(models, late));
