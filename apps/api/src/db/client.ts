import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgAsyncDatabase, PgAsyncTransaction, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import type { PoolFigures } from '../observability/metrics.js';
import { alwaysUp, watchDatabase, type DatabaseHealth } from './availability.js';
import { lockDataDir } from './data-dir-lock.js';
import { relations, type Relations } from './relations.js';
import { recordStatement } from './statement-log.js';

export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

const logger = { logQuery: (query: string) => recordStatement(query) };

/**
 * Both drivers expose the same query API; code is written once against this type. Only raw
 * `execute` results differ (PGlite answers `{ rows }`, postgres.js an array), so they are typed
 * `unknown` here.
 */
export type Database = PgAsyncDatabase<PgQueryResultHKT, Relations>;

/** A transaction is a Database too: services take either without knowing which. */
export type Transaction = PgAsyncTransaction<PgQueryResultHKT, Relations>;

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** Whether the database answers; a server outage is noticed and its end detected here. */
  health: DatabaseHealth;
  pool: PoolFigures;
  /** The embedded database itself, for snapshots in tests; absent on a server. */
  pglite?: PGlite;
  /** Applies the pending migrations with this driver's migrator. */
  migrate(): Promise<void>;
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
  if (options.migrate !== false) {
    try {
      await migrateDatabase(handle);
    } catch (error) {
      await handle.close().catch(() => {});
      throw error;
    }
  }
  return handle;
}

function openPostgres(url: string): DatabaseHandle {
  const max = Number(process.env.BANGFU_DB_POOL ?? 10);
  // One small connection of its own tells whether the server answers, even when the pool is busy.
  const probe = postgres(url, {
    max: 1,
    idle_timeout: 10,
    connect_timeout: 2,
    backoff: () => 0,
    onnotice: () => {},
    connection: { application_name: 'bangfu-probe' },
  });
  const health = watchDatabase(() => probe`select 1`);
  const client = postgres(url, {
    max,
    onnotice: () => {},
    // A server that does not answer within 5 s is treated as down rather than waited for.
    connect_timeout: 5,
    // Reconnect promptly once the server is back (the default backs off to 20 s); while it is
    // down, the health check keeps requests from reaching the pool at all.
    backoff: (retries: number) => Math.min(0.05 * retries, 0.5),
    // A restart closes every connection: find out at once whether the server went away.
    onclose: () => health.report({ code: 'CONNECTION_CLOSED' }),
    // JIT costs seconds of CPU on our statistics statements and never pays back (PERFORMANCE.md).
    connection: { jit: 'off', application_name: 'bangfu' },
  });
  const db = drizzlePostgres({ client, relations, logger });
  const pool: PoolFigures = {
    max,
    async connections() {
      const rows = await probe<{ state: string | null; n: number }[]>`
        select coalesce(state, 'unknown') as state, count(*)::int as n from pg_stat_activity
        where application_name = 'bangfu' and datname = current_database() group by 1`;
      return Object.fromEntries(rows.map((r) => [r.state, r.n]));
    },
  };
  return {
    db,
    kind: 'postgres',
    health,
    pool,
    migrate: async () => void (await migratePostgres(db, { migrationsFolder })),
    async close() {
      await health.close();
      await Promise.all([client.end({ timeout: 2 }), probe.end({ timeout: 1 })]);
    },
  };
}

async function openPglite(
  dataDir: string | undefined,
  loadDataDir: Blob | undefined,
): Promise<DatabaseHandle> {
  // Two processes on one data directory would corrupt it; a lock left by a killed one is taken over.
  const unlock = dataDir ? lockDataDir(dataDir) : () => {};
  try {
    const client = await PGlite.create(dataDir, loadDataDir ? { loadDataDir } : {});
    const db = drizzlePglite({ client, relations, logger });
    return {
      db,
      kind: 'pglite',
      pglite: client,
      migrate: async () => void (await migratePglite(db, { migrationsFolder })),
      health: alwaysUp,
      pool: { max: 1, connections: async () => ({ embedded: 1 }) },
      async close() {
        await client.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  await handle.migrate();
}

/** The underlying PGlite, for snapshots in tests. */
export function pgliteClient(handle: DatabaseHandle): PGlite {
  if (!handle.pglite) throw new Error('not a PGlite database');
  return handle.pglite;
}
