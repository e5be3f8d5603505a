import { signal } from '@preact/signals';
import { watchInstall, type InstallOption } from '../../lib/install';

/** Whether and how Lull can be installed here, and the action that does it. */
export function createInstallModel(win: Window = window) {
  const option = signal<InstallOption>({ kind: 'none' });
  const stop = watchInstall((next) => (option.value = next), win);
  return {
    option,
    async install() {
      const current = option.value;
      if (current.kind !== 'prompt') return;
      await current.event.prompt();
      const { outcome } = await current.event.userChoice;
      // The event can be used once; Chromium fires a fresh one if the person declined.
      option.value = outcome === 'accepted' ? { kind: 'installed' } : { kind: 'none' };
    },
    dispose: stop,
  };
}

/** The install offer's model. */
export type InstallModel = ReturnType<typeof createInstallModel>;
