import { HomeScreen } from '../../features/home/HomeScreen';
import { RoutinePreview } from '../../features/routine/RoutinePreview';
import { createRoutinePreview } from '../../features/routine/routine-preview';
import { createTonightModel, type TonightDeps } from '../../features/home/tonight-model';
import { formatClock } from '../../features/home/messages';
import { nextTask } from '../../lib/next-task';
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
    /**
     * Works out what Tonight shows before its first render (the next nights and the clock's
     * format, then the routine's words, in a task each), so that the render that takes the
     * painted page over only matches it, and no task runs long on a slow phone.
     */
    async prepare() {
      // The format is made once per zone and kept: constructing it is the slow part of Intl.
      formatClock(model.tonight.value.next.windDownAt, model.zone.value);
      await nextTask();
      void preview.value;
    },
  };
}
