import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database';

/**
 * PostgreSQL compiled to WebAssembly, in this process: no server to install. Files live in
 * `dataDir` (created on first start); without one, in memory. One connection: PGlite runs
 * transactions one after the other, so claims cannot overlap here either.
 */
export async function openPglite(dataDir?: string): Promise<Database> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir);
  const wrap = (target: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    query: async <T>(text: string, params: unknown[] = []) => {
      const result = await target.query<T>(text, params);
      return { rows: result.rows };
    },
    exec: async (text: string) => {
      await target.exec(text);
    },
  });
  return {
    ...wrap(pg),
    transaction: (work) => pg.transaction((tx) => work(wrap(tx))),
    close: () => pg.close(),
  };
}
