import type { ComponentType } from 'preact';
import { registerServiceWorker } from '../../lib/sw-bridge';
import { appUpdate } from './update-model';
import { UpdatePrompt } from './UpdatePrompt';

/**
 * Registers the service worker and connects the update prompt. Loaded after first paint
 * (src/main.tsx): none of it is needed to show the first screen.
 */
export function startUpdates(): ComponentType {
  void registerServiceWorker().then((bridge) => appUpdate.connect(bridge));
  return UpdatePrompt;
}
