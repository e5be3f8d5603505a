import { AboutScreen } from '../../features/about/AboutScreen';
import type { SettingsPart } from './types';

/** /about, with the settings' account of where the data is kept. */
export function createAboutPart(settingsPage: SettingsPart) {
  return { Screen: () => <AboutScreen Storage={settingsPage.Storage} /> };
}
