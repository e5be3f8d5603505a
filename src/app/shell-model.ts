import { effect, signal, type Signal } from '@preact/signals';
import type { ComponentType } from 'preact';
import { intlReady } from '../lib/intl-ready';
import { currentPath, interceptLinks, onPathChange } from '../lib/navigation';
import { followLanguage } from './language';
import { findRoute, type Route } from './routes';
import type { AppSettings } from './settings-schema';

/** How long to wait for stored settings before showing Lull with defaults (never blocks). */
const SETTINGS_WAIT_MS = 2500;

/** The shell's state: the path, its loaded screen, and whether Lull is ready to show. */
export function createShellModel(routes: readonly Route[], settings: AppSettings) {
  const path = signal(currentPath());
  const screen: Signal<ComponentType | null | 'missing' | 'failed'> = signal(null);
  const started = signal(false);
  const cache = new Map<string, ComponentType>();

  const show = async (next: string) => {
    const route = findRoute(routes, next);
    if (!route) return void (screen.value = 'missing');
    const cached = cache.get(route.path);
    if (cached) return void (screen.value = cached);
    try {
      // Every screen formats times or lists as it is made: not before Intl's data is in.
      await intlReady();
      const component = await route.load();
      cache.set(route.path, component);
      if (path.value === next) screen.value = component;
    } catch {
      screen.value = 'failed';
    }
  };

  const stopLinks = interceptLinks();
  const stopPath = onPathChange((next) => {
    path.value = next;
    globalThis.scrollTo?.(0, 0);
  });
  const stopScreen = effect(() => void show(path.value));
  const stopLook = effect(() => {
    const { theme, motion } = settings.settings.value.appearance;
    document.documentElement.dataset.theme = theme;
    document.documentElement.dataset.motion = motion;
  });
  // Settles once Lull can show its first screen whole (or say why it cannot).
  const ready = new Promise<void>((resolve) => {
    const stop = effect(() => {
      if (!started.value || screen.value === null) return;
      resolve();
      queueMicrotask(() => stop());
    });
  });
  // The language is known once the settings are (or their wait is over), and its translations
  // load before anything shows, so no screen passes through English first.
  let language: ReturnType<typeof followLanguage> | undefined;
  let disposed = false;
  void Promise.race([
    settings.ready,
    new Promise((resolve) => setTimeout(resolve, SETTINGS_WAIT_MS)),
  ])
    .then(() => {
      if (disposed) return;
      language = followLanguage(settings);
      return language.spoken;
    })
    .then(() => (started.value = true));

  return {
    path,
    screen,
    started,
    ready,
    dispose() {
      stopLinks();
      stopPath();
      stopScreen();
      stopLook();
      disposed = true;
      language?.dispose();
    },
  };
}

/** The shell's model. */
export type ShellModel = ReturnType<typeof createShellModel>;
