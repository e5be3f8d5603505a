import type { ComponentType } from 'preact';
import type { AppSettings } from '../settings-schema';
import { Notice } from '../../ui/Notice';
import { t } from './messages';

/**
 * The storage banners over every screen: Lull saving only in memory (private browsing), a full
 * disk, settings set back to defaults. They start with the shell's late parts: a banner read at
 * start shows a moment after the first screen, and their words stay out of the first load.
 */
export function storageNotices(settings: AppSettings): ComponentType {
  return function StorageNotices() {
    const { notices, storageMode } = settings;
    return (
      <>
        {storageMode.value === 'memory' && (
          <Notice tone="problem">
            <p>{t('storage.memory')}</p>
          </Notice>
        )}
        {notices.value.map((notice) => (
          <Notice
            key={notice}
            tone={notice === 'quota' ? 'problem' : 'info'}
            dismissLabel={t('notice.dismiss')}
            onDismiss={() => settings.dismissNotice(notice)}
          >
            <p>{notice === 'quota' ? t('storage.quota') : t('storage.reset')}</p>
          </Notice>
        ))}
      </>
    );
  };
}
