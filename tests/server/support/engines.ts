import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { openDatabase, type Database } from '../../../src/server/db/database';

/** Every server test runs on both engines the server supports. */
export const engines = ['pglite', 'postgres'] as const;
/** One of them. */
export type Engine = (typeof engines)[number];

/** A fresh PostgreSQL database on the test cluster; its URL. */
export async function freshPostgresUrl(): Promise<string> {
  const admin = new pg.Client({ connectionString: inject('postgresUrl') });
  const name = `lull_${randomBytes(6).toString('hex')}`;
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(inject('postgresUrl'));
  url.pathname = `/${name}`;
  return url.href;
}

/** A fresh, migrated, empty database on `engine` (PGlite in memory). */
export async function freshDatabase(engine: Engine): Promise<Database> {
  return engine === 'pglite'
    ? openDatabase({})
    : openDatabase({ databaseUrl: await freshPostgresUrl() });
}

/**
 * One database per test file and engine, emptied before each test: a PGlite start costs
 * seconds (it runs initdb in WebAssembly), so it is made once.
 */
export function useDatabase(engine: Engine): () => Database {
  let db: Database | undefined;
  beforeAll(async () => {
    db = await freshDatabase(engine);
  });
  beforeEach(async () => {
    await db!.query('TRUNCATE push_subscriptions');
  });
  afterAll(async () => {
    await db?.close();
  });
  return () => db!;
}
