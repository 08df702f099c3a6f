import { log } from '../observability/log.js';

/*
 * Whether the database can be reached. A request that meets a dead connection reports it; a probe
 * then decides: if the database does not answer, the server is "down" and every request that
 * needs the database is refused at once with 503 DATABASE_UNAVAILABLE (instead of queueing on a
 * pool that keeps reconnecting), while the probe keeps trying in the background and lifts the
 * refusal the moment the database answers again. Nobody has to restart anything.
 */

export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';
export const DATABASE_UNAVAILABLE_MESSAGE =
  '数据库暂时无法连接，请稍后重试；已保存的数据不受影响。The database is unavailable; try again shortly.';

// Connection-level failures (driver codes, socket errors, SQLSTATE class 08 and shutdown 57P0x,
// too many connections 53300): the statement was not at fault, the database was not there.
const UNAVAILABLE_CODES = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  DATABASE_UNAVAILABLE,
]);

/** True when the error (or anything it wraps) says the database could not be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current = error as
    | { code?: unknown; cause?: unknown; originalError?: unknown; extensions?: { code?: unknown } }
    | undefined;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const code = current.code ?? current.extensions?.code;
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08')))
      return true;
    current = (current.originalError ?? current.cause) as typeof current;
  }
  return false;
}

export class DatabaseUnavailableError extends Error {
  readonly code = DATABASE_UNAVAILABLE;
  constructor() {
    super(DATABASE_UNAVAILABLE_MESSAGE);
    this.name = 'DatabaseUnavailableError';
  }
}

export interface DatabaseHealth {
  /** False from a confirmed connection failure until a probe gets an answer again. */
  readonly up: boolean;
  /** A request met this error: when it is a connection failure, probe now. */
  report(error: unknown): void;
  /** Called when an outage starts (for metrics). */
  onOutage(listener: () => void): void;
  close(): Promise<void>;
}

/** The embedded database lives in this process: it is there as long as the process is. */
export const alwaysUp: DatabaseHealth = {
  up: true,
  report() {},
  onOutage() {},
  close: async () => {},
};

const PROBE_TIMEOUT_MS = 2000;
const RETRY_MS = [100, 250, 500, 1000];

/** Watches a database server through `probe` (one `select 1` on a connection of its own). */
export function watchDatabase(probe: () => Promise<unknown>): DatabaseHealth {
  let up = true;
  let probing: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  let failures = 0;
  const listeners: (() => void)[] = [];

  const answers = async () => {
    let timeout: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        probe(),
        new Promise((_, reject) => {
          timeout = setTimeout(() => reject(new Error('probe timed out')), PROBE_TIMEOUT_MS);
        }),
      ]);
      return true;
    } catch {
      return false;
    } finally {
      clearTimeout(timeout);
    }
  };

  async function check(): Promise<void> {
    // A connection the database closed fails once; a second try on a fresh one tells an outage.
    const ok = (await answers()) || (await answers());
    if (closed) return;
    if (ok) {
      if (!up) log('info', 'database.available', { afterFailedProbes: failures });
      up = true;
      failures = 0;
      return;
    }
    if (up) {
      up = false;
      log('error', 'database.unavailable');
      for (const listener of listeners) listener();
    }
    failures++;
    timer = setTimeout(() => void start(), RETRY_MS[Math.min(failures - 1, RETRY_MS.length - 1)]);
    timer.unref();
  }

  function start() {
    if (closed || probing) return;
    probing = check().finally(() => (probing = null));
  }

  return {
    get up() {
      return up;
    },
    report(error) {
      if (isDatabaseUnavailable(error) && up) start();
    },
    onOutage(listener) {
      listeners.push(listener);
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await probing;
    },
  };
}
