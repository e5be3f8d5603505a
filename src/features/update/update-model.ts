import { computed, signal } from '@preact/signals';
import { isBusy, onBusyChange } from '../../lib/busy';
import type { ServiceWorkerBridge } from '../../lib/sw-bridge';

/**
 * The update prompt's state. A waiting version is offered only while nothing is running, and
 * the page reloads only when the person says yes: never by itself during a routine or sound.
 */
export function createUpdateModel() {
  const ready = signal(false);
  const busy = signal(isBusy());
  const dismissed = signal(false);
  let bridge: ServiceWorkerBridge | null = null;
  const stopBusy = onBusyChange((value) => (busy.value = value));

  return {
    showPrompt: computed(() => ready.value && !busy.value && !dismissed.value),
    connect(next: ServiceWorkerBridge | null) {
      bridge = next;
      bridge?.onUpdateReady(() => {
        ready.value = true;
        dismissed.value = false;
      });
    },
    registration: () => bridge?.registration() ?? Promise.resolve(undefined),
    apply() {
      if (!isBusy()) bridge?.applyUpdate();
    },
    later() {
      dismissed.value = true;
    },
    dispose: stopBusy,
  };
}

/** The update prompt's model. */
export type UpdateModel = ReturnType<typeof createUpdateModel>;
