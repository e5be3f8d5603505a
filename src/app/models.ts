import { createSettingsModel } from '../lib/settings/settings-model';
import { settingsPart } from '../lib/settings/settings-access';
import { settingsSpec } from './settings-schema';

/** A model made on first use, once: its code loads with the first screen that needs it. */
export type Lazy<T> = () => Promise<T>;

/**
 * The composition root: the one place that creates every model, once, with what it depends on
 * (the settings, and what one feature needs of another), and disposes them. Features never
 * import each other (STYLE.md). The settings load at start, since every screen reads them; each
 * feature's model is made the first time a screen or a start-up task asks for it, so its code
 * stays out of the first load.
 */
export function createAppModels() {
  const settings = createSettingsModel(settingsSpec);
  const disposers: (() => void)[] = [() => settings.dispose()];

  /** Makes a model on first use and disposes it with the app. */
  function lazy<T>(make: () => Promise<T & { dispose?(): unknown }>): Lazy<T> {
    let made: Promise<T> | undefined;
    return () =>
      (made ??= make().then((model) => {
        disposers.push(() => void model.dispose?.());
        return model;
      }));
  }

  const tonight = lazy(async () => {
    const { createTonightModel } = await import('../features/home/tonight-model');
    return createTonightModel({ settings: settingsPart(settings) });
  });
  const sounds = lazy(async () => {
    const { createSoundsModel } = await import('../features/sounds/sounds-model');
    return createSoundsModel({ settings: settingsPart(settings) });
  });
  const breathing = lazy(async () => {
    const { createBreathingModel } = await import('../features/breathing/breathing-model');
    return createBreathingModel({ settings: settingsPart(settings) });
  });
  const stretches = lazy(async () => {
    const [{ createStretchesModel }, { createCrampTimer }] = await Promise.all([
      import('../features/stretches/stretches-model'),
      import('../features/stretches/cramp-model'),
    ]);
    const model = createStretchesModel({ settings: settingsPart(settings) });
    const cramp = createCrampTimer({ settings: settingsPart(settings) });
    return {
      model,
      cramp,
      dispose() {
        model.dispose();
        cramp.dispose();
      },
    };
  });
  const cues = lazy(async () => {
    const { createCueSettingsModel } = await import('../features/cues/cue-settings-model');
    return createCueSettingsModel(settingsPart(settings));
  });
  const schedule = lazy(async () => {
    const { createScheduleModel } = await import('../features/schedule/schedule-model');
    return createScheduleModel(settingsPart(settings));
  });
  const reminders = lazy(async () => {
    const { createRemindersModel } = await import('../features/reminders/reminders-model');
    return createRemindersModel({ settings: settingsPart(settings) });
  });
  const backup = lazy(async () => {
    const { createBackupModel } = await import('../features/settings/backup-model');
    return createBackupModel(settings, settingsSpec);
  });
  const update = lazy(async () => {
    const { createUpdateModel } = await import('../features/update/update-model');
    return createUpdateModel();
  });
  const install = lazy(async () => {
    const { createInstallModel } = await import('../features/install/install-model');
    return createInstallModel();
  });
  const routine = lazy(async () => {
    const [{ createRoutineModel }, { createRoutineEditor }, { createRoutineHost }, player] =
      await Promise.all([
        import('../features/routine/routine-model'),
        import('../features/routine/routine-editor'),
        import('./routine-host'),
        sounds(),
      ]);
    const host = createRoutineHost(settings, player);
    const model = createRoutineModel({ host, settings: settingsPart(settings) });
    const editor = createRoutineEditor({ settings: settingsPart(settings), guides: host.guides });
    return { model, editor, dispose: () => model.dispose() };
  });

  return {
    settings,
    tonight,
    routine,
    breathing,
    stretches,
    sounds,
    cues,
    schedule,
    reminders,
    backup,
    update,
    install,
    /** Disposes every model made so far (tests; the app lives as long as the page). */
    dispose() {
      disposers.splice(0).forEach((dispose) => dispose());
    },
  };
}

/** Every model of the running app, as the composition root made them. */
export type AppModels = ReturnType<typeof createAppModels>;
