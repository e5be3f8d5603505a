import { createCrampTimer } from '../../features/stretches/cramp-model';
import { StretchScreen } from '../../features/stretches/StretchScreen';
import { createStretchesModel } from '../../features/stretches/stretches-model';
import { settingsPart } from '../../lib/settings/settings-access';
import type { AppSettings } from '../settings-schema';

/** /stretch: the stretch runner and its cramp card's timer, each made once. */
export function createStretchesPart(settings: AppSettings) {
  const model = createStretchesModel({ settings: settingsPart(settings) });
  const cramp = createCrampTimer({ settings: settingsPart(settings) });
  return {
    Screen: () => <StretchScreen model={model} cramp={cramp} />,
    dispose() {
      model.dispose();
      cramp.dispose();
    },
  };
}
