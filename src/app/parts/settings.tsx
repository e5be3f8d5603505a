import { CueSettings } from '../../features/cues/CueSettings';
import { createCueSettingsModel } from '../../features/cues/cue-settings-model';
import { createBackupModel } from '../../features/settings/backup-model';
import { SettingsScreen } from '../../features/settings/SettingsScreen';
import { StorageStatus } from '../../features/settings/StorageStatus';
import { settingsPart } from '../../lib/settings/settings-access';
import { settingsSpec, type AppSettings } from '../settings-schema';

/** /settings, with the cue settings in it; its backup serves the recovery screen too. */
export function createSettingsPart(settings: AppSettings) {
  const backup = createBackupModel(settings, settingsSpec);
  const cues = createCueSettingsModel(settingsPart(settings));
  const Cues = () => <CueSettings model={cues} />;
  const Storage = () => <StorageStatus storageMode={settings.storageMode} />;
  return {
    backup,
    Storage,
    Screen: () => (
      <SettingsScreen
        settings={settingsPart(settings)}
        backup={backup}
        storageMode={settings.storageMode}
        Cues={Cues}
      />
    ),
    dispose: cues.dispose,
  };
}
