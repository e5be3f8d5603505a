import { computed, effect, signal } from '@preact/signals';
import { isBusy, onBusyChange } from '../../lib/busy';
import type { ServiceWorkerBridge } from '../../lib/sw-bridge';

/**
 * The update prompt's state. A waiting version is offered only while nothing is running, and
 * the page reloads only when the person says yes: never by itself during a routine or sound.
 * When the person said yes in another tab, this one follows: at once if nothing runs here,
 * else it says so and reloads once the session has ended and the page is out of sight (or on
 * a tap), so no session is cut short and no closing screen vanishes before their eyes.
 */
export function createUpdateModel(doc: Document | undefined = globalThis.document) {
  const ready = signal(false);
  const busy = signal(isBusy());
  const dismissed = signal(false);
  /** A new version took over from another tab while something ran here. */
  const updatedElsewhere = signal(false);
  const hidden = signal(doc?.visibilityState === 'hidden');
  let bridge: ServiceWorkerBridge | null = null;
  const stopBusy = onBusyChange((value) => (busy.value = value));
  const onVisibility = () => (hidden.value = doc?.visibilityState === 'hidden');
  doc?.addEventListener('visibilitychange', onVisibility);
  const stopFollowing = effect(() => {
    if (updatedElsewhere.value && !busy.value && hidden.value) bridge?.reload();
  });

  return {
    showPrompt: computed(
      () => ready.value && !busy.value && !dismissed.value && !updatedElsewhere.value,
    ),
    updatedElsewhere,
    /** Something still runs here: the reload waits for it. */
    busy,
    connect(next: ServiceWorkerBridge | null) {
      bridge = next;
      bridge?.onUpdateReady(() => {
        ready.value = true;
        dismissed.value = false;
      });
      bridge?.onTakenOver(() => {
        if (isBusy()) updatedElsewhere.value = true;
        else bridge?.reload();
      });
    },
    registration: () => bridge?.registration() ?? Promise.resolve(undefined),
    apply() {
      if (isBusy()) return;
      if (updatedElsewhere.value) bridge?.reload();
      else bridge?.applyUpdate();
    },
    later() {
      dismissed.value = true;
    },
    dispose() {
      stopBusy();
      stopFollowing();
      doc?.removeEventListener('visibilitychange', onVisibility);
    },
  };
}

/** The update prompt's model. */
export type UpdateModel = ReturnType<typeof createUpdateModel>;
