import { tableOf } from './translation-table';

/** Every catalog's zh-Hans translation, found by name beside its English catalog. */
export default tableOf(
  import.meta.glob<Record<string, string>>('/src/**/*.zh-Hans.ts', {
    eager: true,
    import: 'default',
  }),
);
