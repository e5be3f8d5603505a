import { nextTask } from '../lib/next-task';
import type { LateParts } from './late-parts';
import type { AppModels } from './models';

/**
 * Starts what waits until the first screen has painted, so none of it competes with it and none
 * of its code (this module's included) is part of the first-load JS: the service worker and its
 * update prompt, reminders and their in-app note, and the install offer. Each starts in a task
 * of its own: started together, their code ran in one task too long for a tap to get in between.
 */
export async function startLateParts(models: AppModels, parts: LateParts): Promise<void> {
  const quietly = () => undefined;
  const update = await models.update().catch(quietly);
  if (update) {
    update.start();
    parts.update.value = update.Prompt;
  }
  await nextTask();
  const reminders = await models.reminders().catch(quietly);
  if (reminders) {
    await nextTask();
    reminders.start();
    parts.reminder.value = reminders.Banner;
  }
  await nextTask();
  const install = await models.install().catch(quietly);
  if (install) parts.install.value = install.Card;
}
