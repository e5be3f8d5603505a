import { useEffect, useState } from 'preact/hooks';
import { isPersisted } from '../../lib/storage/persist';
import type { ReadonlySignal } from '@preact/signals';
import type { StorageMode } from '../../lib/storage/kv';
import { t } from './messages';

/** Where Lull's data is kept, and whether the browser promised to keep it. */
export function StorageStatus({ storageMode }: { storageMode: ReadonlySignal<StorageMode> }) {
  const [persisted, setPersisted] = useState<boolean | null>(null);
  useEffect(() => void isPersisted().then(setPersisted), []);
  const inMemory = storageMode.value === 'memory';
  return (
    <div class="card">
      <p>{inMemory ? t('storage.memory') : t('storage.disk')}</p>
      {!inMemory && persisted !== null && (
        <p class="muted">{persisted ? t('storage.persisted') : t('storage.notPersisted')}</p>
      )}
    </div>
  );
}
