import { readConfig } from './config.js';
import { createSealer, loadDataKey } from './crypto/data-key.js';
import { openDatabase } from './db/client.js';
import { createApp } from './http/server.js';
import { bootstrap } from './setup/bootstrap.js';
import { seedDemoIfEmpty } from './demo/seed.js';

const config = readConfig();
if (!config.databaseUrl)
  console.info(`帮扶 Bangfu: embedded PostgreSQL (PGlite) in ${config.dataDir}`);
const handle = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: config.databaseUrl ? undefined : config.dataDir,
});
const sealer = createSealer(loadDataKey(config));
await bootstrap(handle.db, { adminPassword: config.adminPassword });
if (config.demo) await seedDemoIfEmpty(handle.db, sealer, { archives: config.demoArchives });

const app = await createApp({ handle, sealer, config });
app.server.listen(config.port, () => {
  console.info(`帮扶 Bangfu is running:
  console   http://localhost:${config.port}/
  GraphQL   http://localhost:${config.port}/graphql
  health    http://localhost:${config.port}/healthz`);
});

// PGlite writes its folder on close: stop cleanly so data survives the restart.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.info('stopping…');
    await app.close();
    await handle.close();
    process.exit(0);
  });
}
