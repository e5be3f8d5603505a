import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database';

/**
 * PostgreSQL compiled to WebAssembly, in this process: no server to install. Files live in
 * `dataDir` (created on first start); without one, in memory. One connection: PGlite runs
 * transactions one after the other, so claims cannot overlap here either.
 */
export async function openPglite(dataDir?: string): Promise<Database> {
  // PostgreSQL's default 128 MB of shared buffers lives in the WebAssembly heap and doubled the
  // process's memory (310 MB against 170 MB, measured); Lull's table is small.
  const options = { postgresqlconf: ['shared_buffers=16MB'] };
  if (dataDir && !existsSync(join(dataDir, 'PG_VERSION'))) {
    // First start: initdb runs in a second WebAssembly instance that PGlite keeps for its whole
    // life (some 370 MB more, measured). Closed and opened again, the server runs without it.
    await mkdir(dataDir, { recursive: true });
    await (await PGlite.create(dataDir, options)).close();
  }
  const pg = await PGlite.create(dataDir, options);
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
