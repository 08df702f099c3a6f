import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { inject } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js';
import { adminUrl, databaseUrl, dropDatabase } from './postgres.js';

export const testDatabaseKind = (): 'pglite' | 'postgres' =>
  process.env.BANGFU_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

/** A fresh, migrated and bootstrapped database for one test file; `close` removes it. */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  if (testDatabaseKind() === 'pglite') {
    const snapshot = new Blob([readFileSync(inject('pgliteSnapshot'))]);
    return openDatabase({ loadDataDir: snapshot, migrate: false });
  }
  const name = `bangfu_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}" template "${inject('postgresTemplate')}"`);
  const handle = await openDatabase({ databaseUrl: databaseUrl(name), migrate: false });
  return {
    ...handle,
    async close() {
      await handle.close();
      await dropDatabase(admin, name);
      await admin.end();
    },
  };
}
