import { tableOf } from './translation-table';

/**
 * Every catalog's zh-Hans translation, found by name beside its English catalog, as a table by
 * namespace. Only the table's small helper is imported, so this chunk carries text; the helper
 * rides here rather than in the first load, which English visitors download.
 */
export default tableOf(
  import.meta.glob<Record<string, string>>('/src/**/*.zh-Hans.ts', {
    eager: true,
    import: 'default',
  }),
);
