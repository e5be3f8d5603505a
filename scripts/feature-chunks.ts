import type { ChunkingContext } from 'rolldown';

/**
 * Chunk names for Lull's lazily loaded code. The composition root (src/app/) imports each
 * feature's screen and model on its own; left to itself, the bundler makes one file per module
 * those imports share: dozens of small files, each with its own import and export lists, which
 * grew the precache by 10 KB. Instead a feature's lazily loaded modules share one chunk, with
 * the root's part that binds them (src/app/parts/), the sound engine goes with Sounds, and the rest of the
 * lazily loaded shared code (lib/, ui/, the root's glue) shares one. The entry's modules stay in
 * the entry, and the first screen's (all that `startScreen`, absolute paths, reach by static
 * imports) share one chunk, so nothing lazy joins the first load.
 */
export function lazyChunkNamer(entry: string, startScreen: readonly string[]) {
  let cached: { ctx: ChunkingContext; entry: Set<string>; screen: Set<string> } | undefined;

  /** Every module reachable from `starts` by static imports. */
  function closure(ctx: ChunkingContext, starts: readonly string[]): Set<string> {
    const ids = new Set<string>();
    const queue = [...starts];
    while (queue.length > 0) {
      const id = queue.pop() as string;
      if (ids.has(id)) continue;
      ids.add(id);
      queue.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
    }
    return ids;
  }
  function sets(ctx: ChunkingContext) {
    if (cached?.ctx !== ctx)
      cached = { ctx, entry: closure(ctx, [entry]), screen: closure(ctx, startScreen) };
    return cached;
  }

  return (id: string, ctx: ChunkingContext): string | null => {
    if (!id.includes('/src/') || !/\.(tsx?|css)$/.test(id)) return null;
    // One language's translations, from beside every catalog, in one file of their own: only
    // the language Lull speaks is downloaded, and English downloads none (src/app/translations.ts).
    const language = /(?:\/src\/app\/translations-|\.)(ru|zh-Hans)\.ts$/.exec(id)?.[1];
    if (language) return `translations-${language}`;
    const start = sets(ctx);
    if (start.entry.has(id)) return null;
    // The first screen's own code, in one file preloaded beside the entry.
    if (start.screen.has(id)) return 'home';
    // Reminders from Lull's server: their own chunk, loaded by the reminders model and left out
    // of the precache (they need the server, so they are never needed offline).
    if (/\/src\/(lib\/push\/(?!push-wanted)|features\/reminders\/(push-|Push))/.test(id))
      return 'push';
    const part = /\/src\/app\/parts\/([a-z]+)/.exec(id)?.[1];
    if (part) return part;
    // The backup (and the words it says) serves the recovery screen, which must load when
    // Settings' own chunk cannot.
    if (/\/src\/features\/settings\/(backup|messages)/.test(id)) return 'backup';
    const feature = /\/src\/features\/([\w-]+)\//.exec(id)?.[1];
    // The cue settings show only on Settings: one file with it. The check-in's part is
    // src/app/parts/checkin (a part's name has no hyphen): one file with its feature.
    if (feature) return feature === 'cues' ? 'settings' : feature.replace('-', '');
    if (id.includes('/src/lib/audio/')) return 'sounds';
    // The sleep diary's core serves /nights, the check-in and the backup: its own file, so it
    // loads with the screens that use it and never with the others.
    if (id.includes('/src/lib/diary/')) return 'diary';
    return 'shared';
  };
}
