import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createSealer, loadDataKey } from '../src/crypto/data-key.js';
import { openDatabase } from '../src/db/client.js';
import { bootstrap } from '../src/setup/bootstrap.js';
import { testDatabaseKind } from './support/database.js';

describe.runIf(testDatabaseKind() === 'pglite')('the embedded database', () => {
  it('keeps its data and its demo key across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bangfu-embedded-'));
    try {
      const first = await openDatabase({ dataDir: dir });
      await bootstrap(first.db, { adminPassword: 'first-start-password' });
      const key = loadDataKey({ demo: true, dataDir: dir });
      const sealed = createSealer(key).seal('41010519491231002X');
      await first.db.execute(sql`create table kept (v bytea)`);
      await first.db.execute(sql`insert into kept values (${sealed})`);
      await first.close();

      const second = await openDatabase({ dataDir: dir });
      const [row] = await second.db.execute<{ v: Uint8Array; users: number }>(
        sql`select v, (select count(*)::int from users) as users from kept`,
        'objects',
      );
      expect(row!.users).toBe(1);
      // The same key comes back from the data dir, so sealed values stay readable.
      expect(createSealer(loadDataKey({ demo: true, dataDir: dir })).open(row!.v)).toBe(
        '41010519491231002X',
      );
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to start outside demo mode without a data key or an admin password', async () => {
    expect(() => loadDataKey({ demo: false, dataDir: '/nonexistent' })).toThrow(/BANGFU_DATA_KEY/);
    const handle = await openDatabase({});
    await expect(bootstrap(handle.db, { adminPassword: undefined })).rejects.toThrow(
      /BANGFU_ADMIN_PASSWORD/,
    );
    await handle.close();
  });
});
