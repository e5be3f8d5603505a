import type { CheckInOfferInputs } from '../lib/diary/check-in-offer';
import { firstScreenShown } from '../lib/first-screen';
import { nextTask } from '../lib/next-task';
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

  /**
   * A part's module runs in one task and the part is made in the next: the two together made
   * one task too long for a slow phone (over 50 ms at a fourfold slowdown).
   */
  const made = <M, T>(module: Promise<M>, make: (m: M) => T) =>
    module.then(async (m) => {
      await nextTask();
      return make(m);
    });

  const sounds = lazy(() => made(import('./parts/sounds'), (m) => m.createSoundsPart(settings)));
  // The wake reminder asks the diary whether last night is in; the diary loads only then.
  const nightLogged = (night: string) =>
    diary()
      .then((part) => part.store.get(night))
      .then((entry) => entry !== undefined);
  const reminders = lazy(() =>
    made(import('./parts/reminders'), (m) => m.createRemindersPart(settings, nightLogged)),
  );
  const backup = lazy(() => made(import('./parts/backup'), (m) => m.createBackupPart(settings)));
  const settingsPage = lazy(() =>
    made(Promise.all([import('./parts/settings'), backup()]), ([m, backupPart]) =>
      m.createSettingsPart(settings, backupPart),
    ),
  );
  // The diary loads on first use, never with Tonight: its look at last night waits for first paint.
  const diary = lazy(() => made(import('../lib/diary/diary-service'), (m) => m.openDiary()));
  const watchCheckInOffer = (inputs: CheckInOfferInputs) => {
    let stop: (() => void) | undefined;
    let stopped = false;
    void firstScreenShown.then(diary).then(async (part) => {
      await nextTask();
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
      made(import('./parts/home'), (m) => m.createHomePart(settings, watchCheckInOffer)),
    ),
    routine: lazy(() =>
      made(Promise.all([import('./parts/routine'), sounds()]), ([m, soundsPart]) =>
        m.createRoutinePart(settings, soundsPart),
      ),
    ),
    nights: lazy(() => made(import('./parts/nights'), (m) => m.createNightsPart(settings))),
    breathing: lazy(() =>
      made(import('./parts/breathing'), (m) => m.createBreathingPart(settings)),
    ),
    stretches: lazy(() =>
      made(import('./parts/stretches'), (m) => m.createStretchesPart(settings)),
    ),
    sounds,
    settingsPage,
    backup,
    about: lazy(() =>
      made(Promise.all([import('./parts/about'), settingsPage()]), ([m, page]) =>
        m.createAboutPart(page),
      ),
    ),
    schedule: lazy(() =>
      made(Promise.all([import('./parts/schedule'), reminders()]), ([m, remindersPart]) =>
        m.createSchedulePart(settings, remindersPart),
      ),
    ),
    reminders,
    diary,
    checkIn: lazy(() =>
      made(Promise.all([import('./parts/checkin'), diary()]), ([m, diaryPart]) =>
        m.createCheckInPart(settings, diaryPart.store),
      ),
    ),
    update: lazy(() => made(import('./parts/update'), (m) => m.createUpdatePart())),
    install: lazy(() => made(import('./parts/install'), (m) => m.createInstallPart())),
    /** Disposes every part made so far (tests; the app lives as long as the page). */
    dispose() {
      disposers.splice(0).forEach((dispose) => dispose());
    },
  };
}

/** Every part of the running app, as the composition root makes them. */
export type AppModels = ReturnType<typeof createAppModels>;
