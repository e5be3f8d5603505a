import { registerServiceWorker } from '../../lib/sw-bridge';
import type { UpdateModel } from './update-model';

/**
 * Registers the service worker and connects the update prompt's model. Loaded after first paint
 * (src/main.tsx): none of it is needed to show the first screen.
 */
export function startUpdates(model: UpdateModel): void {
  void registerServiceWorker().then((bridge) => model.connect(bridge));
}
