import { createCheckInModel } from '../../features/check-in/check-in-model';
import { CheckInScreen } from '../../features/check-in/CheckInScreen';
import type { DiaryStore } from '../../lib/diary/diary-store';
import { settingsPart } from '../../lib/settings/settings-access';
import type { AppSettings } from '../settings-schema';

/** /check-in: last night's diary entry, pre-filled from the schedule and the routine's record. */
export function createCheckInPart(settings: AppSettings, diary: DiaryStore) {
  const model = createCheckInModel({ diary, settings: settingsPart(settings) });
  return { Screen: () => <CheckInScreen model={model} /> };
}
