import type { ComponentType } from 'preact';
import { t } from './messages';

/** One screen with its own URL. Screens load on first visit, so the first load stays small. */
export interface Route {
  path: string;
  /** The label in the navigation bar; screens without one are reached from other screens. */
  navLabel?: () => string;
  load: () => Promise<ComponentType>;
}

/**
 * Every screen Lull has. A feature adds its route here when it exists, and not before.
 * The bar holds five at most (Tonight, Breathe, Stretch, Sounds, Settings); the others are
 * reached from those screens.
 */
export const routes: Route[] = [
  {
    path: '/',
    navLabel: () => t('nav.home'),
    load: () =>
      import('../features/home/HomeScreen').then((m) => m.previewLoaded.then(() => m.HomeScreen)),
  },
  {
    path: '/breathe',
    navLabel: () => t('nav.breathe'),
    load: () => import('../features/breathing/BreatheScreen').then((m) => m.BreatheScreen),
  },
  {
    path: '/stretch',
    navLabel: () => t('nav.stretch'),
    load: () => import('../features/stretches/StretchScreen').then((m) => m.StretchScreen),
  },
  {
    path: '/sounds',
    navLabel: () => t('nav.sounds'),
    load: () => import('../features/sounds/SoundsScreen').then((m) => m.SoundsScreen),
  },
  {
    path: '/settings',
    navLabel: () => t('nav.settings'),
    load: () => import('../features/settings/SettingsScreen').then((m) => m.SettingsScreen),
  },
  {
    path: '/schedule',
    load: () => import('../features/schedule/ScheduleScreen').then((m) => m.ScheduleScreen),
  },
  {
    path: '/about',
    load: () => import('../features/about/AboutScreen').then((m) => m.AboutScreen),
  },
  {
    path: '/routine',
    load: () => import('../features/routine/RoutineScreen').then((m) => m.RoutineScreen),
  },
];

/** The route for a path ("/about/" counts as "/about"), or undefined. */
export function findRoute(path: string): Route | undefined {
  const normal = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return routes.find((route) => route.path === normal);
}
