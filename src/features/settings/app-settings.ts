import { createSettingsModel } from './settings-model';

/** The one settings model of the running app, shared by every feature. */
export const appSettings = createSettingsModel();
