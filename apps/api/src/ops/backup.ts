import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from '../db/data-dir-lock.js';

/*
 * Backups of the embedded database (PGlite's data directory) as one gzipped tar file. The server
 * must be stopped: the directory is locked while it runs, and a copy taken under a running
 * server would not be consistent. (On a PostgreSQL server, use pg_dump: docs/operations.md.)
 */

export async function backupDataDir(dataDir: string, file: string): Promise<number> {
  if (!existsSync(dataDir)) throw new Error(`没有数据目录 ${dataDir}。No data directory here.`);
  const unlock = lockDataDir(dataDir);
  try {
    const db = await PGlite.create(dataDir);
    const dump = await db.dumpDataDir('gzip');
    await db.close();
    const bytes = Buffer.from(await dump.arrayBuffer());
    writeFileSync(file, bytes, { mode: 0o600 });
    return bytes.length;
  } finally {
    unlock();
  }
}

/** Restores a backup into a directory that does not exist yet or is empty. */
export async function restoreDataDir(file: string, dataDir: string): Promise<void> {
  if (existsSync(dataDir) && readdirSync(dataDir).length)
    throw new Error(
      `数据目录 ${dataDir} 不是空的；请恢复到新目录。The data directory is not empty: restore into a new one.`,
    );
  const unlock = lockDataDir(dataDir);
  try {
    const db = await PGlite.create(dataDir, { loadDataDir: new Blob([readFileSync(file)]) });
    await db.close();
  } finally {
    unlock();
  }
}
