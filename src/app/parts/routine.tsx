import { createRoutineEditor } from '../../features/routine/routine-editor';
import { createRoutineModel } from '../../features/routine/routine-model';
import { RoutineScreen } from '../../features/routine/RoutineScreen';
import { settingsPart } from '../../lib/settings/settings-access';
import type { AppSettings } from '../settings-schema';
import { createRoutineHost } from './routine-host';
import type { SoundsPart } from './types';

/** /routine: one routine for the app's life (it runs on behind other screens), and its editor. */
export function createRoutinePart(settings: AppSettings, sounds: SoundsPart) {
  const host = createRoutineHost(settings, sounds.model);
  const model = createRoutineModel({ host, settings: settingsPart(settings) });
  const editor = createRoutineEditor({ settings: settingsPart(settings), guides: host.guides });
  return {
    Screen: () => <RoutineScreen model={model} editor={editor} Player={sounds.Player} />,
    dispose: model.dispose,
  };
}
