import { inputGuard } from '../schema/input-guard.js';
import { introspectionGuard } from '../schema/introspection-guard.js';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { viewerForToken } from '../auth/sessions.js';
import { DEFAULT_ATTACHMENT_QUOTA_MB, SESSION_IDLE_MINUTES, type Config } from '../config.js';
import type { Sealer } from '../crypto/data-key.js';
import {
  DATABASE_UNAVAILABLE,
  DATABASE_UNAVAILABLE_MESSAGE,
  DatabaseUnavailableError,
  isDatabaseUnavailable,
} from '../db/availability.js';
import type { DatabaseHandle } from '../db/client.js';
import { withStatementLog } from '../db/statement-log.js';
import { errorFields, log } from '../observability/log.js';
import { createMetrics, type Metrics } from '../observability/metrics.js';
import type { Context } from '../schema/context.js';
import { schema } from '../schema/index.js';
import { refusalAsGraphQL } from '../schema/errors.js';
import { GRAPHIQL_PAGE, graphiqlAsset } from './graphiql.js';
import { drainOnClose } from './drain.js';
import { fileEndpoint } from './endpoints.js';
import { operationsEndpoint } from './operations.js';
import { consoleFile } from './static.js';
import { setSecurityHeaders } from './security-headers.js';

/** GraphQL bodies larger than this are refused before parsing (uploads have their own endpoint). */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface AppOptions {
  handle: DatabaseHandle;
  sealer: Sealer;
  config: Pick<Config, 'development' | 'demo' | 'consoleDir'> &
    Partial<
      Pick<Config, 'metricsToken' | 'trustProxy' | 'attachmentQuotaMb' | 'sessionIdleMinutes'>
    >;
  /** Called after each GraphQL request with the SQL statements it sent (tests count them). */
  onStatements?: (statements: string[]) => void;
}

export interface App {
  server: Server;
  apollo: ApolloServer<Context>;
  metrics: Metrics;
  /** Stops accepting, lets requests in flight finish for up to `graceMs`, then cuts the rest. */
  close(graceMs?: number): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return reject(new HttpError(413, '请求过大。Request body too large.'));
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, '请求过大。Request body too large.'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Errors the client may see as they are; anything else is an internal error, logged without data. */
function formatError(development: boolean, handle: DatabaseHandle, metrics: Metrics) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (isDatabaseUnavailable(error)) {
      handle.health.report(error);
      return {
        message: DATABASE_UNAVAILABLE_MESSAGE,
        extensions: { code: DATABASE_UNAVAILABLE },
        ...(formatted.path ? { path: formatted.path } : {}),
      };
    }
    const refusal = refusalAsGraphQL(formatted, error);
    if (refusal) return refusal;
    if (code && code !== 'INTERNAL_SERVER_ERROR') return formatted;
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    // Never log query parameters: they carry personal data. The message of a driver error may
    // quote values too, so only its class and code are logged.
    log('error', 'graphql.internal_error', {
      ...errorFields(original, true),
      path: formatted.path?.join('.'),
    });
    metrics.errors.inc({ code: 'INTERNAL_SERVER_ERROR' });
    if (development) return formatted;
    return {
      message: '服务器内部错误，请稍后重试。Internal server error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
      ...(formatted.path ? { path: formatted.path } : {}),
    };
  };
}

/** A request that met an unreachable database is answered 503, so clients and proxies retry. */
const databaseUnavailableStatus: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : [];
        if (errors?.some((e) => e.extensions?.code === DATABASE_UNAVAILABLE))
          response.http.status = 503;
      },
    };
  },
};

/** The answer of a plain HTTP request that failed: the GraphQL shape and the endpoints' in one. */
function sendFailure(res: ServerResponse, status: number, code: string, message: string) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  if (status === 503) res.setHeader('retry-after', '5');
  res.end(JSON.stringify({ ok: false, errors: [{ code, message, extensions: { code } }] }));
}

const KNOWN_ROUTES = new Set([
  '/graphql',
  '/healthz',
  '/metrics',
  '/attachments',
  '/spreadsheets/archive-template.xlsx',
  '/spreadsheets/archives/import',
  '/spreadsheets/archives/export.xlsx',
  '/spreadsheets/statistics.xlsx',
]);

/** A bounded label for metrics: known endpoints by name, everything else by kind. */
function routeOf(pathname: string): string {
  if (KNOWN_ROUTES.has(pathname)) return pathname;
  if (pathname.startsWith('/attachments/')) return '/attachments/:id';
  return 'static';
}

export async function createApp(options: AppOptions): Promise<App> {
  const { handle, sealer, config } = options;
  const sessionIdleMinutes = config.sessionIdleMinutes ?? SESSION_IDLE_MINUTES;
  const metrics = createMetrics(handle.pool, () => handle.health.up);
  handle.health.onOutage(() => metrics.databaseOutages.inc());
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    costLimit: { maxCost: 20000 },
    maxAliases: { n: 30 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 4000 },
    blockFieldSuggestion: { enabled: !config.development },
  }).protect();
  const apollo = new ApolloServer<Context>({
    schema,
    plugins: [
      // graphql-armor's types come from Apollo's CJS build; the plugins are the same at run time.
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
      // Drizzle queries are lazy thenables; the cache-control plugin would run them twice (STACK.md).
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      databaseUnavailableStatus,
      inputGuard as ApolloServerPlugin<Context>,
      introspectionGuard,
    ],
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: config.development,
    hideSchemaDetailsFromClientErrors: !config.development,
    formatError: formatError(config.development, handle, metrics),
    csrfPrevention: true,
    // The process stops itself (drain, then close the database); Apollo's own signal handler
    // would stop it half-way and leave our stop waiting on Apollo's.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const body = req.method === 'POST' ? await readBody(req, MAX_BODY_BYTES) : '';
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let parsed: unknown = body;
    if (body && (headers.get('content-type') ?? '').includes('application/json')) {
      try {
        parsed = JSON.parse(body);
      } catch {
        throw new HttpError(400, '请求不是有效的 JSON。Body is not valid JSON.');
      }
    }
    const statements: string[] = [];
    const result = await withStatementLog({ statements }, () =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: req.method ?? 'POST',
          headers,
          search: url.search,
          body: parsed,
        },
        context: async () => {
          const auth = headers.get('authorization') ?? '';
          const token = auth.startsWith('Bearer ') ? auth.slice(7).trim() : '';
          const user = token
            ? await viewerForToken(handle.db, token, sessionIdleMinutes).catch((error: unknown) => {
                if (!isDatabaseUnavailable(error)) throw error;
                handle.health.report(error);
                throw new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, {
                  extensions: { code: DATABASE_UNAVAILABLE, http: { status: 503 } },
                });
              })
            : null;
          return {
            db: handle.db,
            user,
            sealer,
            config,
            clientAddress: req.socket.remoteAddress ?? 'unknown',
          };
        },
      }),
    );
    options.onStatements?.(statements);
    res.statusCode = result.status ?? 200;
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.setHeader('cache-control', 'no-store');
    if (result.body.kind === 'complete') res.end(result.body.string);
    else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  // While the database is down, whatever needs it is refused at once instead of waiting on the pool.
  const requireDatabase = () => {
    if (!handle.health.up) throw new DatabaseUnavailableError();
  };

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (url.pathname === '/graphql') {
      const wantsPage = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
      if (wantsPage) {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        return void res.end(GRAPHIQL_PAGE);
      }
      requireDatabase();
      return graphql(req, res, url);
    }
    const ops = { handle, metrics, metricsToken: config.metricsToken };
    if (await operationsEndpoint(req, res, url, ops)) return;
    if (url.pathname.startsWith('/attachments') || url.pathname.startsWith('/spreadsheets/'))
      requireDatabase();
    const files = {
      db: handle.db,
      sealer,
      attachmentQuotaMb: config.attachmentQuotaMb ?? DEFAULT_ATTACHMENT_QUOTA_MB,
      sessionIdleMinutes,
    };
    if (await fileEndpoint(req, res, url, files)) return;
    const asset = graphiqlAsset(url.pathname);
    if (asset) {
      res.setHeader('content-type', asset.type);
      res.setHeader('cache-control', 'public, max-age=86400');
      return void res.end(asset.body);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      throw new HttpError(405, 'Method not allowed');
    const file = consoleFile(config.consoleDir, url.pathname);
    res.setHeader('content-type', file.type);
    res.setHeader('cache-control', file.cache);
    res.end(file.body);
  }

  function failed(res: ServerResponse, url: URL, error: unknown) {
    if (isDatabaseUnavailable(error)) {
      handle.health.report(error);
      metrics.errors.inc({ code: DATABASE_UNAVAILABLE });
      if (!res.headersSent)
        return sendFailure(res, 503, DATABASE_UNAVAILABLE, DATABASE_UNAVAILABLE_MESSAGE);
    } else if (error instanceof HttpError) {
      if (!res.headersSent)
        return sendFailure(res, error.status, `HTTP_${error.status}`, error.message);
    } else {
      log('error', 'http.internal_error', { ...errorFields(error, true), path: url.pathname });
      metrics.errors.inc({ code: 'INTERNAL_SERVER_ERROR' });
      if (!res.headersSent)
        return sendFailure(
          res,
          500,
          'INTERNAL_SERVER_ERROR',
          '服务器内部错误，请稍后重试。Internal server error.',
        );
    }
    res.destroy();
  }

  const server = createServer((req, res) => {
    const started = performance.now();
    setSecurityHeaders(req, res, { trustProxy: config.trustProxy ?? false });
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return sendFailure(res, 400, 'HTTP_400', '请求地址有误。Malformed request path.');
    }
    try {
      // Checked once here: a bad % escape would otherwise throw wherever the path is decoded.
      decodeURIComponent(url.pathname);
    } catch {
      return sendFailure(res, 400, 'MALFORMED_PATH', '请求地址有误。Malformed request path.');
    }
    const label = routeOf(url.pathname);
    metrics.inFlight.inc();
    res.on('close', () => {
      const seconds = (performance.now() - started) / 1000;
      metrics.inFlight.dec();
      metrics.requests.inc({ route: label, method: req.method ?? '', status: res.statusCode });
      metrics.duration.observe({ route: label }, seconds);
      if (label !== 'static' && label !== '/metrics')
        log(res.statusCode >= 500 ? 'warn' : 'info', 'http.request', {
          method: req.method,
          route: label,
          status: res.statusCode,
          ms: Math.round(seconds * 10_000) / 10,
          aborted: !res.writableFinished || undefined,
        });
    });
    route(req, res, url).catch((error: unknown) => failed(res, url, error));
  });
  const drain = drainOnClose(server);

  return {
    server,
    apollo,
    metrics,
    async close(graceMs = 3000) {
      const { cut } = await drain.close(graceMs);
      if (cut) log('warn', 'http.drain_cut', { requests: cut });
      await apollo.stop();
    },
  };
}
