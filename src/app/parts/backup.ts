import { createBackupModel } from '../../features/settings/backup-model';
import type { DiaryBackup } from '../../lib/diary/diary-backup';
import { downloadFile } from '../../lib/download';
import { settingsSpec, type AppSettings } from '../settings-schema';

/**
 * "Export my data" and "Import": on Settings, and on the recovery screen, which must work even
 * when the Settings screen's own code cannot load (so it is a part, and a chunk, of its own).
 */
export function createBackupPart(settings: AppSettings) {
  // The diary's code loads only when an export or import needs it, never with Settings.
  let diary: Promise<DiaryBackup> | undefined;
  const loadDiary = () =>
    (diary ??= import('../../lib/diary/diary-backup').then((m) => m.openDiaryBackup()));
  return { model: createBackupModel(settings, settingsSpec, Date, downloadFile, loadDiary) };
}
