import { HomeScreen } from '../../features/home/HomeScreen';
import { RoutinePreview } from '../../features/routine/RoutinePreview';
import { createRoutinePreview } from '../../features/routine/routine-preview';
import { createTonightModel, type TonightDeps } from '../../features/home/tonight-model';
import { settingsPart } from '../../lib/settings/settings-access';
import type { AppSettings } from '../settings-schema';
import { createRoutineGuides } from './routine-guides';

/** Tonight, with the routine's preview in it: the first screen, so its code loads at start. */
export function createHomePart(
  settings: AppSettings,
  watchCheckInOffer: TonightDeps['watchCheckInOffer'],
) {
  const model = createTonightModel({ settings: settingsPart(settings), watchCheckInOffer });
  const preview = createRoutinePreview(settingsPart(settings), createRoutineGuides(settings));
  const Preview = () => <RoutinePreview preview={preview} />;
  return {
    Screen: () => <HomeScreen model={model} Preview={Preview} />,
    /** Works out what Tonight shows (the schedule's next nights, the routine's words) early. */
    prepare() {
      void model.tonight.value;
      void preview.value;
    },
  };
}
