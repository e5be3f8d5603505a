import { t } from './messages';
import { createAppModel } from './shell-model';
import { routes } from './routes';
import { appSettings } from '../features/settings/app-settings';
import { LazyInstallCard } from '../features/install/LazyInstallCard';
import { ErrorBoundary, Recovery } from '../features/recovery/ErrorBoundary';
import { Notice } from '../ui/Notice';
import { Screen } from '../ui/Screen';
import { LinkButton } from '../ui/Button';
import { signal } from '@preact/signals';
import type { ComponentType } from 'preact';

const app = createAppModel();

/** Settles once the first screen can be shown whole (src/main.tsx renders then). */
export const appReady = app.ready;

/** The update prompt, once the service worker bridge has loaded after first paint. */
export const updateBanner = signal<ComponentType | null>(null);
/** The reminders banner, once reminders have loaded after first paint (src/main.tsx). */
export const reminderBanner = signal<ComponentType | null>(null);

/** The shell: header, notices, the current screen and the navigation bar. */
export function App() {
  if (!app.started.value) return <p class="visually-hidden">{t('loading')}</p>;
  const path = app.path.value;
  return (
    <>
      <a class="skip-link" href="#main">
        {t('skip')}
      </a>
      <div class="shell">
        <header class="shell-header">
          <a class="brand" href="/">
            Lull
          </a>
        </header>
        <StorageNotices />
        <Slot of={updateBanner} />
        <Slot of={reminderBanner} />
        <main id="main" tabIndex={-1}>
          <ErrorBoundary resetKey={path}>
            <CurrentScreen />
          </ErrorBoundary>
        </main>
        {path === '/' && <LazyInstallCard />}
      </div>
      <nav class="nav" aria-label={t('nav.label')}>
        <ul>
          {routes
            .filter((route) => route.navLabel)
            .map((route) => (
              <li key={route.path}>
                <a href={route.path} aria-current={route.path === path ? 'page' : undefined}>
                  {route.navLabel?.()}
                </a>
              </li>
            ))}
        </ul>
      </nav>
    </>
  );
}

function CurrentScreen() {
  const screen = app.screen.value;
  if (screen === null) return null;
  if (screen === 'failed') return <Recovery />;
  if (screen === 'missing')
    return (
      <Screen title={t('notFound.title')}>
        <p>{t('notFound.body')}</p>
        <LinkButton href="/">{t('notFound.home')}</LinkButton>
      </Screen>
    );
  const Component = screen;
  return <Component />;
}

/** A banner that loads after first paint, shown once it has. */
function Slot({ of }: { of: typeof updateBanner }) {
  const Banner = of.value;
  return Banner ? <Banner /> : null;
}

function StorageNotices() {
  const { notices, storageMode } = appSettings;
  return (
    <>
      {storageMode.value === 'memory' && (
        <Notice tone="problem">
          <p>{t('storage.memory')}</p>
        </Notice>
      )}
      {notices.value.map((notice) => (
        <Notice
          key={notice}
          tone={notice === 'quota' ? 'problem' : 'info'}
          dismissLabel={t('notice.dismiss')}
          onDismiss={() => appSettings.dismissNotice(notice)}
        >
          <p>{notice === 'quota' ? t('storage.quota') : t('storage.reset')}</p>
        </Notice>
      ))}
    </>
  );
}
