// The core, not the Preact binding: a model needs no Preact, and this chunk, which the recovery
// screen loads from the entry, then keeps Preact in the entry instead of splitting it out.
import { signal } from '@preact/signals-core';
import { downloadFile } from '../../lib/download';
import {
  backupFileName,
  checkBackup,
  createBackup,
  MAX_BACKUP_BYTES,
  type BackupProblem,
  type CheckedBackup,
} from './backup';
import { t } from './messages';
import type { SettingsModel } from '../../lib/settings/settings-model';
import type { DocumentSpec } from '../../lib/storage/document';
import type { Infer, Shape } from '../../lib/storage/schema';

const problemText: Record<BackupProblem | 'unreadable', () => string> = {
  'too-large': () => t('import.tooLarge'),
  'not-json': () => t('import.notJson'),
  'not-lull': () => t('import.notLull'),
  newer: () => t('import.newer'),
  'wrong-shape': () => t('import.wrongShape'),
  unreadable: () => t('import.unreadable'),
};

/** What the backup panel shows after an action. */
export interface BackupMessage {
  tone: 'info' | 'problem';
  text: string;
}

/** The backup's state: a checked file waiting for confirmation, and the last message. */
export function createBackupModel<S extends Shape>(
  settings: SettingsModel<S>,
  spec: DocumentSpec<S>,
  clock: { now(): number } = Date,
  save: (name: string, type: string, contents: string) => void = downloadFile,
) {
  const pending = signal<CheckedBackup<Infer<S>> | null>(null);
  const message = signal<BackupMessage | null>(null);
  const problem = (kind: BackupProblem | 'unreadable') =>
    (message.value = { tone: 'problem', text: problemText[kind]() });

  return {
    pending,
    message,
    async exportData() {
      await settings.flush();
      const now = new Date(clock.now());
      const name = backupFileName(now);
      save(
        name,
        'application/json',
        createBackup(spec, settings.settings.value, await settings.journal.list(), now),
      );
      message.value = { tone: 'info', text: t('export.done', { name }) };
    },
    async checkFile(file: Blob & { name?: string }) {
      message.value = null;
      if (file.size > MAX_BACKUP_BYTES) return problem('too-large');
      let text: string;
      try {
        text = await file.text();
      } catch {
        return problem('unreadable');
      }
      const result = checkBackup(spec, text);
      if (result.ok) pending.value = result.backup;
      else problem(result.problem);
    },
    async confirm() {
      const backup = pending.value;
      if (!backup) return;
      pending.value = null;
      await settings.replaceAll(backup.settings as Record<string, unknown>);
      await settings.journal.replaceAll(backup.journal);
      message.value = { tone: 'info', text: t('import.done') };
    },
    cancel() {
      pending.value = null;
    },
  };
}

/** The backup's state and actions. */
export type BackupModel = ReturnType<typeof createBackupModel>;
