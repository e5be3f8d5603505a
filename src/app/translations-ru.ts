import { tableOf } from './translation-table';

/** Every catalog's ru translation, found by name beside its English catalog. */
export default tableOf(
  import.meta.glob<Record<string, string>>('/src/**/*.ru.ts', { eager: true, import: 'default' }),
);
