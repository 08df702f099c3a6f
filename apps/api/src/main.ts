import { readConfig } from './config.js';
import { createSealer, loadDataKey } from './crypto/data-key.js';
import { openWhenReachable } from './db/open-when-reachable.js';
import { createApp } from './http/server.js';
import { bootstrap } from './setup/bootstrap.js';
import { seedDemoIfEmpty } from './demo/seed.js';
import { errorFields, log } from './observability/log.js';
import { stopOnSignals } from './ops/shutdown.js';

const config = readConfig();
// Whatever escapes a request (a driver callback, a timer) is logged and counted, never fatal:
// one bad moment must not take the province offline. Requests themselves end in a logged 500.
let countUncaught = (_kind: string) => {};
process.on('uncaughtException', (error, origin) => {
  log('error', 'process.uncaught_exception', { ...errorFields(error, true), origin });
  countUncaught('exception');
});
process.on('unhandledRejection', (reason) => {
  log('error', 'process.unhandled_rejection', errorFields(reason, true));
  countUncaught('rejection');
});

log('info', 'server.starting', {
  database: config.databaseUrl ? 'postgres' : 'pglite',
  dataDir: config.databaseUrl ? undefined : config.dataDir,
});
const handle = await openWhenReachable({
  databaseUrl: config.databaseUrl,
  dataDir: config.databaseUrl ? undefined : config.dataDir,
});
const sealer = createSealer(loadDataKey(config));
await bootstrap(handle.db, { adminPassword: config.adminPassword });
if (config.demo) await seedDemoIfEmpty(handle.db, sealer, { archives: config.demoArchives });

const app = await createApp({ handle, sealer, config });
countUncaught = (kind) => app.metrics.uncaught.inc({ kind });
app.server.listen(config.port, () => {
  log('info', 'server.listening', {
    message: `帮扶 Bangfu is running: http://localhost:${config.port}/`,
    port: config.port,
    console: `http://localhost:${config.port}/`,
    graphql: `http://localhost:${config.port}/graphql`,
    health: `http://localhost:${config.port}/healthz`,
  });
});

stopOnSignals(async () => {
  await app.close();
  // PGlite writes its folder on close: stop cleanly so data survives the restart.
  await handle.close();
});
