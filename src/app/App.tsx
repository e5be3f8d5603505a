import type { ComponentType } from 'preact';
import { useMemo } from 'preact/hooks';
import { ErrorBoundary, Recovery } from '../features/recovery/ErrorBoundary';
import { Notice } from '../ui/Notice';
import { Screen } from '../ui/Screen';
import { LinkButton } from '../ui/Button';
import type { LateParts, LateSlot } from './late-parts';
import { t } from './messages';
import type { AppModels } from './models';
import type { Route } from './routes';
import type { ShellModel } from './shell-model';

/** What the shell is made of, as src/main.tsx puts it together. */
export interface AppProps {
  shell: ShellModel;
  models: AppModels;
  routes: readonly Route[];
  late: LateParts;
}

/** The shell: header, notices, the current screen and the navigation bar. */
export function App({ shell, models, routes, late }: AppProps) {
  // The recovery screen offers a backup, so it gets the backup model, made only if it shows.
  const RecoveryPart = useMemo(
    () => () => <Recovery loadBackup={() => models.backup().then((part) => part.model)} />,
    [models],
  );
  const app = shell;
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
            {t('brand')}
          </a>
          {routes
            .filter((route) => route.headerLabel)
            .map((route) => (
              <a
                key={route.path}
                class="header-link"
                href={route.path}
                aria-current={route.path === path ? 'page' : undefined}
              >
                {route.headerLabel?.()}
              </a>
            ))}
        </header>
        <StorageNotices models={models} />
        <Slot of={late.update} />
        <Slot of={late.reminder} />
        <main id="main" tabIndex={-1}>
          <ErrorBoundary resetKey={path} fallback={RecoveryPart}>
            <CurrentScreen shell={shell} Failed={RecoveryPart} />
          </ErrorBoundary>
        </main>
        {path === '/' && <Slot of={late.install} />}
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

function CurrentScreen({ shell, Failed }: { shell: ShellModel; Failed: ComponentType }) {
  const screen = shell.screen.value;
  if (screen === null) return null;
  if (screen === 'failed') return <Failed />;
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
function Slot({ of }: { of: LateSlot }) {
  const Banner = of.value;
  return Banner ? <Banner /> : null;
}

function StorageNotices({ models }: { models: AppModels }) {
  const { settings } = models;
  const { notices, storageMode } = settings;
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
          onDismiss={() => settings.dismissNotice(notice)}
        >
          <p>{notice === 'quota' ? t('storage.quota') : t('storage.reset')}</p>
        </Notice>
      ))}
    </>
  );
}
