import type { TranslationTable } from '../lib/messages';

/**
 * Turns the translation files a glob found ('/src/features/home/messages.ru.ts') into a table
 * by the namespace their English catalog registered under ('features/home/messages').
 */
export function tableOf(files: Record<string, Record<string, string>>): TranslationTable {
  return Object.fromEntries(
    Object.entries(files).map(([path, texts]) => [
      path.replace(/^\/src\//, '').replace(/\.[\w-]+\.ts$/, ''),
      texts,
    ]),
  );
}
