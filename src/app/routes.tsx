import type { ComponentType } from 'preact';
import { settingsPart } from '../lib/settings/settings-access';
import { t } from './messages';
import type { AppModels } from './models';

/** One screen with its own URL. Screens load on first visit, so the first load stays small. */
export interface Route {
  path: string;
  /** The label in the navigation bar; screens without one are reached from other screens. */
  navLabel?: () => string;
  /** The screen with its model and parts, ready to render; loaded on first visit. */
  load: () => Promise<ComponentType>;
}

/**
 * Every screen Lull has, each given its model and the parts of other features it shows (the
 * glue lives here and in models.ts, never in a feature). The bar holds five at most (Tonight,
 * Breathe, Stretch, Sounds, Settings); the others are reached from those screens.
 */
export function createRoutes(models: AppModels): Route[] {
  const { settings } = models;
  return [
    {
      path: '/',
      navLabel: () => t('nav.home'),
      // The routine's preview loads with the screen, so Tonight appears whole, never in two steps.
      load: async () => {
        const [{ HomeScreen }, tonight, { RoutinePreview }, { createRoutineGuides }] =
          await Promise.all([
            import('../features/home/HomeScreen'),
            models.tonight(),
            import('../features/routine/RoutinePreview'),
            import('./routine-guides'),
          ]);
        const guides = createRoutineGuides(settings);
        const Preview = () => <RoutinePreview settings={settingsPart(settings)} guides={guides} />;
        return () => <HomeScreen model={tonight} Preview={Preview} />;
      },
    },
    {
      path: '/breathe',
      navLabel: () => t('nav.breathe'),
      load: async () => {
        const [{ BreatheScreen }, model] = await Promise.all([
          import('../features/breathing/BreatheScreen'),
          models.breathing(),
        ]);
        return () => <BreatheScreen model={model} />;
      },
    },
    {
      path: '/stretch',
      navLabel: () => t('nav.stretch'),
      load: async () => {
        const [{ StretchScreen }, { model, cramp }] = await Promise.all([
          import('../features/stretches/StretchScreen'),
          models.stretches(),
        ]);
        return () => <StretchScreen model={model} cramp={cramp} />;
      },
    },
    {
      path: '/sounds',
      navLabel: () => t('nav.sounds'),
      load: async () => {
        const [{ SoundsScreen }, model] = await Promise.all([
          import('../features/sounds/SoundsScreen'),
          models.sounds(),
        ]);
        return () => <SoundsScreen model={model} />;
      },
    },
    {
      path: '/settings',
      navLabel: () => t('nav.settings'),
      load: async () => {
        const [{ SettingsScreen }, { CueSettings }, backup, cues] = await Promise.all([
          import('../features/settings/SettingsScreen'),
          import('../features/cues/CueSettings'),
          models.backup(),
          models.cues(),
        ]);
        const Cues = () => <CueSettings model={cues} />;
        return () => (
          <SettingsScreen
            settings={settingsPart(settings)}
            backup={backup}
            storageMode={settings.storageMode}
            Cues={Cues}
          />
        );
      },
    },
    {
      path: '/schedule',
      load: async () => {
        const [{ ScheduleScreen }, { ReminderSettings }, model, reminders] = await Promise.all([
          import('../features/schedule/ScheduleScreen'),
          import('../features/reminders/ReminderSettings'),
          models.schedule(),
          models.reminders(),
        ]);
        const Reminders = () => <ReminderSettings model={reminders} />;
        return () => <ScheduleScreen model={model} Reminders={Reminders} />;
      },
    },
    {
      path: '/about',
      load: async () => {
        const [{ AboutScreen }, { StorageStatus }] = await Promise.all([
          import('../features/about/AboutScreen'),
          import('../features/settings/StorageStatus'),
        ]);
        const Storage = () => <StorageStatus storageMode={settings.storageMode} />;
        return () => <AboutScreen Storage={Storage} />;
      },
    },
    {
      path: '/routine',
      load: async () => {
        const [{ RoutineScreen }, { PlayerCard }, { model, editor }, sounds] = await Promise.all([
          import('../features/routine/RoutineScreen'),
          import('../features/sounds/PlayerCard'),
          models.routine(),
          models.sounds(),
        ]);
        const Player = () => <PlayerCard model={sounds} />;
        return () => <RoutineScreen model={model} editor={editor} Player={Player} />;
      },
    },
  ];
}

/** The route for a path ("/about/" counts as "/about"), or undefined. */
export function findRoute(routes: readonly Route[], path: string): Route | undefined {
  const normal = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return routes.find((route) => route.path === normal);
}
