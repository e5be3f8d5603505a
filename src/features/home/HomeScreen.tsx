import { Screen } from '../../ui/Screen';
import { LinkButton } from '../../ui/Button';
import { t } from './messages';

/** Tonight: the welcome, and the way to every screen that exists. */
export function HomeScreen() {
  return (
    <Screen title={t('title')}>
      <p>{t('welcome')}</p>
      <h2>{t('next.heading')}</h2>
      <div class="card">
        <p>{t('next.settings')}</p>
        <LinkButton href="/settings">{t('next.settingsLink')}</LinkButton>
      </div>
      <div class="card">
        <p>{t('next.about')}</p>
        <LinkButton href="/about">{t('next.aboutLink')}</LinkButton>
      </div>
    </Screen>
  );
}
