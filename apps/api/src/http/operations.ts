import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../db/client.js';
import type { Metrics } from '../observability/metrics.js';

/*
 * The operator's endpoints: GET /healthz for load balancers and supervisors, GET /metrics for
 * Prometheus. Metrics are read from this machine (loopback) without a token, or from anywhere
 * with `Authorization: Bearer $BANGFU_METRICS_TOKEN` when that is set; they hold no personal data,
 * but request and error counts are no one else's business.
 */

const HEALTH_TIMEOUT_MS = 2000;

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}

async function health(res: ServerResponse, handle: DatabaseHandle) {
  // During an outage the answer is known: no need to wait for a connection that will not come.
  if (!handle.health.up)
    return sendJson(res, 503, { status: 'unavailable', database: handle.kind });
  let timeout: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      handle.db.execute(sql`select 1`),
      new Promise((_, reject) => {
        timeout = setTimeout(() => reject(new Error('health check timed out')), HEALTH_TIMEOUT_MS);
      }),
    ]);
    sendJson(res, 200, { status: 'ok', database: handle.kind });
  } catch (error) {
    handle.health.report(error);
    sendJson(res, 503, { status: 'unavailable', database: handle.kind });
  } finally {
    clearTimeout(timeout);
  }
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function mayReadMetrics(req: IncomingMessage, token: string | undefined): boolean {
  const auth = req.headers.authorization ?? '';
  if (token && auth.startsWith('Bearer ') && sameSecret(auth.slice(7).trim(), token)) return true;
  return LOOPBACK.has(req.socket.remoteAddress ?? '');
}

/** Answers /healthz and /metrics; false for any other path. */
export async function operationsEndpoint(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: { handle: DatabaseHandle; metrics: Metrics; metricsToken: string | undefined },
): Promise<boolean> {
  if (url.pathname === '/healthz') {
    await health(res, deps.handle);
    return true;
  }
  if (url.pathname !== '/metrics') return false;
  if (!mayReadMetrics(req, deps.metricsToken)) {
    sendJson(res, 403, {
      errors: [
        { message: '指标仅供本机或持有令牌的监控读取。Metrics are for loopback or a token.' },
      ],
    });
    return true;
  }
  res.setHeader('content-type', deps.metrics.registry.contentType);
  res.setHeader('cache-control', 'no-store');
  res.end(await deps.metrics.registry.metrics());
  return true;
}
