import { Screen } from '../../ui/Screen';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { appSettings } from './app-settings';
import { BackupPanel } from './BackupPanel';
import { CueSettings } from '../breathing/CueSettings';
import { StorageStatus } from './StorageStatus';
import { t } from './messages';
import type { Theme } from './settings-schema';

/** Settings: how Lull looks and moves, and the person's data. */
export function SettingsScreen() {
  const { appearance } = appSettings.settings.value;
  return (
    <Screen title={t('title')}>
      <h2>{t('appearance')}</h2>
      <ChoiceGroup<Theme>
        legend={t('theme.legend')}
        name="theme"
        value={appearance.theme}
        onChange={(theme) => appSettings.update('appearance.theme', theme)}
        choices={[
          { value: 'dark', label: t('theme.dark'), hint: t('theme.darkHint') },
          { value: 'night', label: t('theme.night'), hint: t('theme.nightHint') },
          { value: 'system', label: t('theme.system'), hint: t('theme.systemHint') },
        ]}
      />
      <ChoiceGroup
        legend={t('motion.legend')}
        name="motion"
        value={appearance.motion}
        onChange={(motion) => appSettings.update('appearance.motion', motion)}
        choices={[
          { value: 'system', label: t('motion.system') },
          { value: 'reduce', label: t('motion.reduce'), hint: t('motion.reduceHint') },
        ]}
      />
      <CueSettings />
      <h2>{t('data')}</h2>
      <p>{t('data.about')}</p>
      <BackupPanel />
      <h2>{t('storage')}</h2>
      <StorageStatus />
      <p>
        <a href="/about">{t('about.link')}</a>
      </p>
    </Screen>
  );
}
