import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { relations } from './relations.js';
import { recordStatement } from './statement-log.js';

export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

const logger = { logQuery: (query: string) => recordStatement(query) };

function pgliteDatabase(client: PGlite) {
  return drizzlePglite({ client, relations, logger });
}

/** Both drivers expose the same query API; code is written once against this type. */
export type Database = ReturnType<typeof pgliteDatabase>;

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export interface OpenOptions {
  /** A PostgreSQL server; without it an embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** PGlite's folder; without it PGlite runs in memory (tests). */
  dataDir?: string | undefined;
  /** A PGlite data-dir snapshot to start from (tests: skips initdb and migrations). */
  loadDataDir?: Blob | undefined;
  migrate?: boolean;
}

export async function openDatabase(options: OpenOptions = {}): Promise<DatabaseHandle> {
  const handle = options.databaseUrl
    ? openPostgres(options.databaseUrl)
    : await openPglite(options.dataDir, options.loadDataDir);
  if (options.migrate !== false) await migrateDatabase(handle);
  return handle;
}

function openPostgres(url: string): DatabaseHandle {
  const client = postgres(url, {
    max: Number(process.env.BANGFU_DB_POOL ?? 10),
    onnotice: () => {},
    // JIT costs seconds of CPU on our statistics statements and never pays back (PERFORMANCE.md).
    connection: { jit: 'off', application_name: 'bangfu' },
  });
  const db = drizzlePostgres({ client, relations, logger }) as unknown as Database;
  return { db, kind: 'postgres', close: () => client.end({ timeout: 5 }) };
}

async function openPglite(
  dataDir: string | undefined,
  loadDataDir: Blob | undefined,
): Promise<DatabaseHandle> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir, loadDataDir ? { loadDataDir } : {});
  return { db: pgliteDatabase(client), kind: 'pglite', close: () => client.close() };
}

export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.kind === 'pglite') await migratePglite(handle.db, { migrationsFolder });
  else await migratePostgres(handle.db as never, { migrationsFolder });
}

/** The underlying PGlite, for snapshots in tests. */
export function pgliteClient(handle: DatabaseHandle): PGlite {
  if (handle.kind !== 'pglite') throw new Error('not a PGlite database');
  return (handle.db as unknown as { $client: PGlite }).$client;
}
