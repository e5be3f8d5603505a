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
import type { DiaryBackup } from '../../lib/diary/diary-backup';
import type { NightEntry } from '../../lib/diary/night-entry';
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

/** A checked file, with its diary's nights read (null: the file is from before the diary). */
export type PendingBackup<S> = CheckedBackup<S> & { diaryNights: NightEntry[] | null };

/**
 * The backup's state: a checked file waiting for confirmation, and the last message. The diary
 * is handed over by the composition root and loaded only when an export or import runs.
 */
export function createBackupModel<S extends Shape>(
  settings: SettingsModel<S>,
  spec: DocumentSpec<S>,
  clock: { now(): number } = Date,
  save: (name: string, type: string, contents: string) => void = downloadFile,
  diary?: () => Promise<DiaryBackup>,
) {
  const pending = signal<PendingBackup<Infer<S>> | null>(null);
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
        createBackup(
          spec,
          settings.settings.value,
          await settings.journal.list(),
          now,
          diary ? await (await diary()).nights() : [],
        ),
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
      if (!result.ok) return problem(result.problem);
      const { nights } = result.backup;
      if (nights === null || !diary)
        return void (pending.value = { ...result.backup, diaryNights: null });
      const read = (await diary()).read(nights);
      // A night that cannot be read stops the import: restoring the rest would lose it unseen.
      if (read.unreadable.length > 0)
        return void (message.value = {
          tone: 'problem',
          text: t('import.badNights', { nights: read.unreadable.slice(0, 5).join(', ') }),
        });
      pending.value = { ...result.backup, diaryNights: read.nights };
    },
    async confirm() {
      const backup = pending.value;
      if (!backup) return;
      pending.value = null;
      await settings.replaceAll(backup.settings as Record<string, unknown>);
      await settings.journal.replaceAll(backup.journal);
      if (backup.diaryNights && diary) await (await diary()).replaceAll(backup.diaryNights);
      message.value = { tone: 'info', text: t('import.done') };
    },
    cancel() {
      pending.value = null;
    },
  };
}

/** The backup's state and actions. */
export type BackupModel = ReturnType<typeof createBackupModel>;
