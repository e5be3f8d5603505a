import { startUpdates } from '../../features/update/start-updates';
import { createUpdateModel } from '../../features/update/update-model';
import { UpdatePrompt } from '../../features/update/UpdatePrompt';

/** The service worker and the update prompt, started after first paint. */
export function createUpdatePart() {
  const model = createUpdateModel();
  return {
    start: () => startUpdates(model),
    Prompt: () => <UpdatePrompt model={model} />,
    dispose: model.dispose,
  };
}
