import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import { createSealer, loadDataKey } from '../crypto/data-key.js';
import { openDatabase } from '../db/client.js';
import { bootstrap } from '../setup/bootstrap.js';
import { DEMO_SEED, seedDemoArchives } from './seed.js';
import { Progress } from './progress.js';

// `pnpm seed --archives N [--seed S]`: adds N generated archives (and the demo unions and users
// if missing) to the configured database — the embedded one, or DATABASE_URL.
const { values } = parseArgs({
  options: {
    archives: { type: 'string', default: '2000' },
    seed: { type: 'string', default: String(DEMO_SEED) },
  },
});
const count = Number(values.archives);
if (!Number.isInteger(count) || count < 1) {
  console.error('--archives must be a positive whole number');
  process.exit(2);
}
const config = readConfig();
const handle = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: config.databaseUrl ? undefined : config.dataDir,
});
try {
  const sealer = createSealer(
    loadDataKey({ ...config, demo: config.demo || !!process.env.BANGFU_DATA_KEY }),
  );
  await bootstrap(handle.db, { adminPassword: config.adminPassword });
  const progress = new Progress('archives', count);
  const inserted = await seedDemoArchives(handle.db, sealer, {
    count,
    seed: Number(values.seed),
    onProgress: (n) => progress.update(n),
  });
  progress.done(
    `${inserted} inserted (${count - inserted} skipped: worker already has a live archive)`,
  );
} finally {
  await handle.close();
}
