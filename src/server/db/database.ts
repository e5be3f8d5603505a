/** One SQL statement's result rows. */
export interface Rows<T> {
  rows: T[];
}

/** What the server's queries need of an engine: PGlite and PostgreSQL speak the same SQL. */
export interface Queryable {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Rows<T>>;
  /** Runs several statements with no parameters (a migration step). */
  exec(text: string): Promise<void>;
}

/** A database: queries, transactions that commit or roll back as a whole, and closing. */
export interface Database extends Queryable {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Opens the database the configuration names: PostgreSQL when there is a URL, else PGlite
 * embedded in `dataDir` (in memory when `dataDir` is undefined, for tests). Migrated on open.
 */
export async function openDatabase(options: {
  databaseUrl?: string;
  dataDir?: string;
}): Promise<Database> {
  const { migrate } = await import('./migrations');
  const db = options.databaseUrl
    ? (await import('./postgres')).openPostgres(options.databaseUrl)
    : await (await import('./pglite')).openPglite(options.dataDir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
