import { InstallCard } from '../../features/install/InstallCard';
import { createInstallModel } from '../../features/install/install-model';

/** The install offer on Tonight, loaded after first paint. */
export function createInstallPart() {
  const model = createInstallModel();
  return { Card: () => <InstallCard model={model} />, dispose: model.dispose };
}
