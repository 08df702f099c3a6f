import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Everything the server reads from its environment, read once at start. */
export interface Config {
  port: number;
  databaseUrl: string | undefined;
  /** PGlite folder (embedded mode only). */
  dataDir: string;
  /** Demo mode: embedded database, or BANGFU_DEMO=1 — seeds demo data on an empty database. */
  demo: boolean;
  demoArchives: number;
  adminPassword: string | undefined;
  /** base64 or hex of 32 bytes; in demo mode generated once and kept in the data dir. */
  dataKey: string | undefined;
  development: boolean;
  consoleDir: string;
  /** Lets Prometheus read /metrics from another machine (loopback needs no token). */
  metricsToken: string | undefined;
  /**
   * A reverse proxy in front terminates TLS and sets X-Forwarded-Proto (BANGFU_TRUST_PROXY=1);
   * otherwise that header is anyone's to send and is ignored.
   */
  trustProxy: boolean;
}

export const DEMO_ADMIN_PASSWORD = 'bangfu-admin';

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  const demo = !databaseUrl || env.BANGFU_DEMO === '1';
  const dataDir = resolve(repoRoot, env.BANGFU_DATA_DIR ?? '.data');
  return {
    port: Number(env.PORT ?? 4000),
    databaseUrl,
    dataDir,
    demo,
    demoArchives: Number(env.BANGFU_DEMO_ARCHIVES ?? 2000),
    adminPassword: env.BANGFU_ADMIN_PASSWORD || (demo ? DEMO_ADMIN_PASSWORD : undefined),
    dataKey: env.BANGFU_DATA_KEY || undefined,
    development: env.NODE_ENV === 'development',
    consoleDir: resolve(repoRoot, 'apps/console/dist'),
    metricsToken: env.BANGFU_METRICS_TOKEN || undefined,
    trustProxy: env.BANGFU_TRUST_PROXY === '1',
  };
}
