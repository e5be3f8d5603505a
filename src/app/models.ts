import type { CheckInOfferInputs } from '../lib/diary/check-in-offer';
import { firstScreenShown } from '../lib/first-screen';
import { createSettingsModel } from '../lib/settings/settings-model';
import { settingsSpec } from './settings-schema';

/** A part made on first use, once: its code loads with the first screen that needs it. */
export type Lazy<T> = () => Promise<T>;

/**
 * The composition root: the one place that creates every model, once, with what it depends on,
 * and disposes them. Features never import each other (STYLE.md): each feature's part of the
 * app (src/app/parts/) makes its model and binds its screens to it, and is handed here what it
 * needs of the others. The settings load at start, since every screen reads them; each part is
 * made the first time a screen or a start-up task asks for it, so its code is not in the first
 * load (Tonight's loads beside it).
 */
export function createAppModels() {
  const settings = createSettingsModel(settingsSpec);
  const disposers: (() => void)[] = [() => settings.dispose()];

  /** Makes a part on first use and disposes it with the app. */
  function lazy<T>(make: () => Promise<T & { dispose?(): unknown }>): Lazy<T> {
    let made: Promise<T> | undefined;
    return () =>
      (made ??= make().then((part) => {
        if (part.dispose) disposers.push(() => void part.dispose?.());
        return part;
      }));
  }

  const sounds = lazy(() => import('./parts/sounds').then((m) => m.createSoundsPart(settings)));
  // The wake reminder asks the diary whether last night is in; the diary loads only then.
  const nightLogged = (night: string) =>
    diary()
      .then((part) => part.store.get(night))
      .then((entry) => entry !== undefined);
  const reminders = lazy(() =>
    import('./parts/reminders').then((m) => m.createRemindersPart(settings, nightLogged)),
  );
  const backup = lazy(() => import('./parts/backup').then((m) => m.createBackupPart(settings)));
  const settingsPage = lazy(async () => {
    const [m, backupPart] = await Promise.all([import('./parts/settings'), backup()]);
    return m.createSettingsPart(settings, backupPart);
  });
  // The diary loads on first use, never with Tonight: its look at last night waits for first paint.
  const diary = lazy(() => import('../lib/diary/diary-service').then((m) => m.openDiary()));
  const watchCheckInOffer = (inputs: CheckInOfferInputs) => {
    let stop: (() => void) | undefined;
    let stopped = false;
    void firstScreenShown.then(diary).then((part) => {
      if (!stopped) stop = part.watchOffer(inputs);
    });
    return () => {
      stopped = true;
      stop?.();
    };
  };
  return {
    settings,
    home: lazy(() =>
      import('./parts/home').then((m) => m.createHomePart(settings, watchCheckInOffer)),
    ),
    routine: lazy(async () => {
      const [m, soundsPart] = await Promise.all([import('./parts/routine'), sounds()]);
      return m.createRoutinePart(settings, soundsPart);
    }),
    nights: lazy(() => import('./parts/nights').then((m) => m.createNightsPart(settings))),
    breathing: lazy(() => import('./parts/breathing').then((m) => m.createBreathingPart(settings))),
    stretches: lazy(() => import('./parts/stretches').then((m) => m.createStretchesPart(settings))),
    sounds,
    settingsPage,
    backup,
    about: lazy(async () => {
      const [m, page] = await Promise.all([import('./parts/about'), settingsPage()]);
      return m.createAboutPart(page);
    }),
    schedule: lazy(async () => {
      const [m, remindersPart] = await Promise.all([import('./parts/schedule'), reminders()]);
      return m.createSchedulePart(settings, remindersPart);
    }),
    reminders,
    diary,
    checkIn: lazy(async () => {
      const [m, diaryPart] = await Promise.all([import('./parts/checkin'), diary()]);
      return m.createCheckInPart(settings, diaryPart.store);
    }),
    update: lazy(() => import('./parts/update').then((m) => m.createUpdatePart())),
    install: lazy(() => import('./parts/install').then((m) => m.createInstallPart())),
    /** Disposes every part made so far (tests; the app lives as long as the page). */
    dispose() {
      disposers.splice(0).forEach((dispose) => dispose());
    },
  };
}

/** Every part of the running app, as the composition root makes them. */
export type AppModels = ReturnType<typeof createAppModels>;
