import { CueSettings } from '../../features/cues/CueSettings';
import { createCueSettingsModel } from '../../features/cues/cue-settings-model';
import { SettingsScreen } from '../../features/settings/SettingsScreen';
import { StorageStatus } from '../../features/settings/StorageStatus';
import { settingsPart } from '../../lib/settings/settings-access';
import type { AppSettings } from '../settings-schema';
import type { BackupPart } from './types';

/** /settings, with the cue settings and the backup in it. */
export function createSettingsPart(settings: AppSettings, { model: backup }: BackupPart) {
  const cues = createCueSettingsModel(settingsPart(settings));
  const Cues = () => <CueSettings model={cues} />;
  const Storage = () => <StorageStatus storageMode={settings.storageMode} />;
  return {
    Storage,
    Screen: () => (
      <SettingsScreen
        settings={settingsPart(settings)}
        backup={backup}
        storageMode={settings.storageMode}
        read={settings.loaded}
        Cues={Cues}
      />
    ),
    dispose: cues.dispose,
  };
}
