import { Screen } from '../../ui/Screen';
import type { ComponentType } from 'preact';
import { t } from './messages';

/** About: what Lull is for, when to see a doctor, privacy, version and storage. */
export function AboutScreen({ Storage }: { Storage: ComponentType }) {
  return (
    <Screen title={t('title')}>
      <h2>{t('what.heading')}</h2>
      <p>{t('what.body')}</p>
      <h2>{t('jerks.heading')}</h2>
      <p>{t('jerks.body')}</p>
      <p>{t('jerks.more')}</p>
      <h2>{t('cramps.heading')}</h2>
      <p>{t('cramps.body')}</p>
      <h2>{t('doctor.heading')}</h2>
      <div class="card">
        <p>{t('doctor.intro')}</p>
        <ul>
          <li>{t('doctor.nightly')}</li>
          <li>{t('doctor.daytime')}</li>
          <li>{t('doctor.withSymptoms')}</li>
          <li>{t('doctor.restless')}</li>
          <li>{t('doctor.weeks')}</li>
        </ul>
      </div>
      <p>{t('notMedical')}</p>
      <h2>{t('privacy.heading')}</h2>
      <p>{t('privacy.body')}</p>
      <h2>{t('version.heading')}</h2>
      <p>{t('version.value', { version: __APP_VERSION__ })}</p>
      <h2>{t('storage.heading')}</h2>
      <Storage />
    </Screen>
  );
}
