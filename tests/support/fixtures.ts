// Stored-data fixtures, read as text: a JSON import would have to be listed in tsconfig.
import settingsV0Text from '../features/settings/fixtures/settings-v0.json?raw';

/** The settings as the first, unversioned Lull saved them (a fresh copy each call). */
export const settingsV0 = (): Record<string, unknown> => JSON.parse(settingsV0Text);
