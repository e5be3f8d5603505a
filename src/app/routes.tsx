import type { ComponentType } from 'preact';
import { t } from './messages';
import type { AppModels } from './models';

/** One screen with its own URL. Screens load on first visit, so the first load stays small. */
export interface Route {
  path: string;
  /** The label in the navigation bar; screens without one are reached from other screens. */
  navLabel?: () => string;
  /** The label of its link in the header, beside Lull's name: kept out of the full bar. */
  headerLabel?: () => string;
  /** The screen with its model and parts, ready to render; loaded on first visit. */
  load: () => Promise<ComponentType>;
}

/**
 * Every screen Lull has, each from its part of the app (src/app/parts/), bound to its model. The
 * bar holds five at most (Tonight, Breathe, Stretch, Sounds, Settings), so a 320 px phone keeps
 * room for each; Nights is one quiet link in the header; the others are reached from screens.
 */
export function createRoutes(models: AppModels): Route[] {
  const screenOf = (part: () => Promise<{ Screen: ComponentType }>) => () =>
    part().then(({ Screen }) => Screen);
  return [
    { path: '/', navLabel: () => t('nav.home'), load: screenOf(models.home) },
    { path: '/breathe', navLabel: () => t('nav.breathe'), load: screenOf(models.breathing) },
    { path: '/stretch', navLabel: () => t('nav.stretch'), load: screenOf(models.stretches) },
    { path: '/sounds', navLabel: () => t('nav.sounds'), load: screenOf(models.sounds) },
    { path: '/settings', navLabel: () => t('nav.settings'), load: screenOf(models.settingsPage) },
    { path: '/nights', headerLabel: () => t('nav.nights'), load: screenOf(models.nights) },
    { path: '/schedule', load: screenOf(models.schedule) },
    { path: '/about', load: screenOf(models.about) },
    { path: '/routine', load: screenOf(models.routine) },
    { path: '/check-in', load: screenOf(models.checkIn) },
  ];
}

/** The route for a path ("/about/" counts as "/about"), or undefined. */
export function findRoute(routes: readonly Route[], path: string): Route | undefined {
  const normal = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return routes.find((route) => route.path === normal);
}
