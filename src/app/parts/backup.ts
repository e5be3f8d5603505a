import { createBackupModel } from '../../features/settings/backup-model';
import { settingsSpec, type AppSettings } from '../settings-schema';

/**
 * "Export my data" and "Import": on Settings, and on the recovery screen, which must work even
 * when the Settings screen's own code cannot load (so it is a part, and a chunk, of its own).
 */
export function createBackupPart(settings: AppSettings) {
  return { model: createBackupModel(settings, settingsSpec) };
}
