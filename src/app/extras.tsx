import { signal, type Signal } from '@preact/signals';
import type { ComponentType } from 'preact';
import type { AppModels } from './models';

/** A part of the shell that loads after the first screen has painted, shown once it has. */
export type LateSlot = Signal<ComponentType | null>;

/** The shell's parts that wait for first paint: the update prompt, the reminder note, install. */
export interface LateParts {
  update: LateSlot;
  reminder: LateSlot;
  install: LateSlot;
}

/** The late parts, empty until `startLateParts` fills them. */
export function createLateParts(): LateParts {
  return { update: signal(null), reminder: signal(null), install: signal(null) };
}

/**
 * Starts what waits until the first screen has painted, so none of it competes with it and none
 * of its code is part of the first-load JS: the service worker and its update prompt, reminders
 * and their in-app note, and the install offer.
 */
export function startLateParts(models: AppModels, parts: LateParts): void {
  const quietly = () => undefined;
  void Promise.all([
    models.update(),
    import('../features/update/start-updates'),
    import('../features/update/UpdatePrompt'),
  ]).then(([model, { startUpdates }, { UpdatePrompt }]) => {
    startUpdates(model);
    parts.update.value = () => <UpdatePrompt model={model} />;
  }, quietly);
  void Promise.all([models.reminders(), import('../features/reminders/ReminderBanner')]).then(
    ([model, { ReminderBanner }]) => {
      model.start();
      parts.reminder.value = () => <ReminderBanner model={model} />;
    },
    quietly,
  );
  void Promise.all([models.install(), import('../features/install/InstallCard')]).then(
    ([model, { InstallCard }]) => (parts.install.value = () => <InstallCard model={model} />),
    quietly,
  );
}
