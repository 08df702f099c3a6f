import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inArray } from 'drizzle-orm';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { archives } from '../../src/db/schema/index.js';
import { endApi, startApi, type ApiProcess } from './support/api-process.js';
import { login, startWriteLoad } from './support/write-load.js';

const dataDir = mkdtempSync(join(tmpdir(), 'bangfu-fault-pglite-'));
let api: ApiProcess | undefined;
afterAll(async () => {
  await endApi(api);
  rmSync(dataDir, { recursive: true, force: true });
});

it('the embedded database reopens after kill -9 during writes and after SIGINT, with every acknowledged write', async () => {
  api = await startApi({ BANGFU_DATA_DIR: dataDir });
  const target = { url: api.url };
  const load = startWriteLoad(target, await login(api.url, 'wenhualu', 'bangfu-demo'), {
    clients: 5,
  });
  try {
    await load.acknowledges(30);
    api.signal('SIGKILL');
    await api.exited;
    // The killed process's lock is stale: the new one takes the data directory over.
    api = await startApi({ BANGFU_DATA_DIR: dataDir });
    target.url = api.url;
    await load.acknowledges(20);
  } finally {
    await load.stop();
  }
  const signalled = performance.now();
  api.signal('SIGINT');
  expect(await api.exited).toEqual({ code: 0, signal: null });
  const seconds = (performance.now() - signalled) / 1000;
  console.info(
    `PGlite: ${load.acknowledged.length} writes acknowledged across a kill -9; SIGINT exit after ${seconds.toFixed(2)} s`,
  );
  expect(seconds).toBeLessThan(5);
  expect(existsSync(join(dataDir, 'bangfu.pid'))).toBe(false);

  const handle = await openDatabase({ dataDir, migrate: false });
  try {
    const found = await handle.db
      .select({ id: archives.id })
      .from(archives)
      .where(inArray(archives.id, load.acknowledged));
    expect(found.length).toBe(load.acknowledged.length);
  } finally {
    await handle.close();
  }
});
