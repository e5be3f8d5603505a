import { Screen } from '../../ui/Screen';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import type { ComponentType } from 'preact';
import type { ReadonlySignal } from '@preact/signals';
import type { SettingsAccess } from '../../lib/settings/settings-access';
import type { StorageMode } from '../../lib/storage/kv';
import { BackupPanel } from './BackupPanel';
import type { BackupModel } from './backup-model';
import { StorageStatus } from './StorageStatus';
import { t } from './messages';
import type { Locale } from '../../lib/messages';
import type { AppearanceSettings, LanguageChoice, Theme } from './appearance-settings';

// Each language in its own name, never translated: whoever cannot read the language Lull
// speaks now still finds their own. Marked with its language for screen readers.
const languageNames: Record<Locale, string> = {
  en: 'English',
  ru: 'Русский',
  'zh-Hans': '简体中文',
};

/** What the Settings screen shows, handed over by the composition root. */
export interface SettingsParts {
  settings: SettingsAccess<{ appearance: AppearanceSettings }>;
  backup: BackupModel;
  storageMode: ReadonlySignal<StorageMode>;
  /** The cue settings (tone, vibration, voice), another feature's part of this screen. */
  Cues: ComponentType;
}

/** Settings: how Lull looks and moves, and the person's data. */
export function SettingsScreen({ settings, backup, storageMode, Cues }: SettingsParts) {
  const { appearance } = settings.settings.value;
  return (
    <Screen title={t('title')}>
      <h2>{t('appearance')}</h2>
      <ChoiceGroup<LanguageChoice>
        legend={t('language.legend')}
        name="language"
        value={appearance.language}
        onChange={(language) => settings.update('appearance.language', language)}
        choices={[
          { value: 'system', label: t('language.system') },
          ...(Object.entries(languageNames) as [Locale, string][]).map(([locale, name]) => ({
            value: locale,
            label: name,
            lang: locale,
          })),
        ]}
      />
      <ChoiceGroup<Theme>
        legend={t('theme.legend')}
        name="theme"
        value={appearance.theme}
        onChange={(theme) => settings.update('appearance.theme', theme)}
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
        onChange={(motion) => settings.update('appearance.motion', motion)}
        choices={[
          { value: 'system', label: t('motion.system') },
          { value: 'reduce', label: t('motion.reduce'), hint: t('motion.reduceHint') },
        ]}
      />
      <Cues />
      <h2>{t('data')}</h2>
      <p>{t('data.about')}</p>
      <BackupPanel model={backup} />
      <h2>{t('storage')}</h2>
      <StorageStatus storageMode={storageMode} />
      <p>
        <a href="/about">{t('about.link')}</a>
      </p>
    </Screen>
  );
}
