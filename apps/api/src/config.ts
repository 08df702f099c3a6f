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
  /** Minutes without a request after which a session ends (it ends 12 h after sign-in anyway). */
  sessionIdleMinutes: number;
}

/** The default of BANGFU_SESSION_IDLE_MINUTES: a session unused this long has ended. */
export const SESSION_IDLE_MINUTES = 30;

export const DEMO_ADMIN_PASSWORD = 'bangfu-admin';

/** A positive number from the environment, or the default when unset; anything else stops start-up. */
function positive(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new Error(
      `BANGFU_SESSION_IDLE_MINUTES must be a positive number of minutes, not "${value}"`,
    );
  return n;
}

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
    sessionIdleMinutes: positive(env.BANGFU_SESSION_IDLE_MINUTES, SESSION_IDLE_MINUTES),
  };
}
