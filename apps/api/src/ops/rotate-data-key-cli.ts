import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from '../config.js';
import { createSealer, loadDataKey, parseDataKey } from '../crypto/data-key.js';
import { openDatabase } from '../db/client.js';
import { rotateDataKey } from './rotate-data-key.js';

/*
 * `pnpm rotate-key`: BANGFU_DATA_KEY is the key in use, BANGFU_NEW_DATA_KEY the one to move to
 * (openssl rand -base64 32). Stop the server first; start it with the new key afterwards.
 * An interrupted run is started again with the same two keys and carries on.
 */
const config = readConfig();
const next = process.env.BANGFU_NEW_DATA_KEY;
if (!next) {
  console.error('Set BANGFU_NEW_DATA_KEY to the new key (openssl rand -base64 32).');
  process.exit(2);
}
const from = createSealer(loadDataKey(config));
const toKey = parseDataKey(next);
const handle = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: config.databaseUrl ? undefined : config.dataDir,
});
try {
  const started = performance.now();
  const totals = await rotateDataKey(handle.db, from, createSealer(toKey), {
    onProgress: (p) =>
      console.info(`${p.table}: ${p.done} rows checked, ${p.rewritten} re-encrypted`),
  });
  console.info(
    `done in ${((performance.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(totals)}`,
  );
  // A demo data directory keeps its key beside the data: it moves on with it.
  const keyFile = join(config.dataDir, 'data-key');
  if (!config.dataKey && !config.databaseUrl && existsSync(keyFile))
    writeFileSync(keyFile, toKey.toString('base64') + '\n', { mode: 0o600 });
  console.info('Now start the server with BANGFU_DATA_KEY set to the new key.');
} finally {
  await handle.close();
}
