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
  /** Attachment storage per union, in MB (BANGFU_ATTACHMENT_QUOTA_MB, default 500). */
  attachmentQuotaMb: number;
  /** Minutes without a request after which a session ends (it ends 12 h after sign-in anyway). */
  sessionIdleMinutes: number;
}

/** The default of BANGFU_SESSION_IDLE_MINUTES: a session unused this long has ended. */
export const SESSION_IDLE_MINUTES = 30;

export const DEMO_ADMIN_PASSWORD = 'bangfu-admin';
export const DEFAULT_ATTACHMENT_QUOTA_MB = 500;

/** A setting that must be a positive number: a typo stops the start instead of disabling a limit. */
function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} 应为正数（当前为“${raw}”）。${name} must be a positive number.`);
  return value;
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
    trustProxy: env.BANGFU_TRUST_PROXY === '1',
    attachmentQuotaMb: positiveNumber(
      env,
      'BANGFU_ATTACHMENT_QUOTA_MB',
      DEFAULT_ATTACHMENT_QUOTA_MB,
    ),
    sessionIdleMinutes: positiveNumber(env, 'BANGFU_SESSION_IDLE_MINUTES', SESSION_IDLE_MINUTES),
  };
}
