import { createNightsModel } from '../../features/nights/nights-model';
import { NightsScreen } from '../../features/nights/NightsScreen';
import { openDiaryStore } from '../../lib/diary/diary-store';
import { settingsPart } from '../../lib/settings/settings-access';
import type { AppSettings } from '../settings-schema';

/** /nights: the sleep diary over its own store, with the schedule for the chart's band. */
export function createNightsPart(settings: AppSettings) {
  const model = createNightsModel({ diary: openDiaryStore(), settings: settingsPart(settings) });
  return { Screen: () => <NightsScreen model={model} /> };
}
