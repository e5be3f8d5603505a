import pg from 'pg';
import type { Database, Queryable } from './database';

// int8 (bigint) columns hold instants in ms: well inside a double's exact range.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/**
 * A real PostgreSQL through a small pool. Several Lull instances may share it: the scheduler's
 * claims lock rows with FOR UPDATE SKIP LOCKED, so each reminder goes to one of them.
 */
export function openPostgres(connectionString: string): Database {
  const pool = new pg.Pool({ connectionString, max: 5 });
  // An idle client that loses its connection must not crash the process; the next query
  // takes a fresh one.
  pool.on('error', () => undefined);
  const wrap = (target: pg.Pool | pg.PoolClient): Queryable => ({
    query: async <T>(text: string, params: unknown[] = []) => {
      const result = await target.query(text, params);
      return { rows: result.rows as T[] };
    },
    // Without parameters pg uses the simple protocol, which takes several statements.
    exec: async (text: string) => {
      await target.query(text);
    },
  });
  return {
    ...wrap(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
