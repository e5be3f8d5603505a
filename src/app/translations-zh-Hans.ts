/**
 * Every catalog's zh-Hans translation, found by name beside its English catalog, by file path
 * (`tableOf` turns it into a table by namespace). Nothing else is imported, so this chunk
 * carries text only.
 */
export default import.meta.glob<Record<string, string>>('/src/**/*.zh-Hans.ts', {
  eager: true,
  import: 'default',
});
