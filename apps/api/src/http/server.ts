import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { sql } from 'drizzle-orm';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { viewerForToken } from '../auth/sessions.js';
import { LoginThrottle } from '../auth/throttle.js';
import type { Config } from '../config.js';
import type { Sealer } from '../crypto/data-key.js';
import type { DatabaseHandle } from '../db/client.js';
import { withStatementLog } from '../db/statement-log.js';
import type { Context } from '../schema/context.js';
import { schema } from '../schema/index.js';
import { GRAPHIQL_PAGE, graphiqlAsset } from './graphiql.js';
import { fileEndpoint } from './endpoints.js';
import { consoleFile } from './static.js';

/** GraphQL bodies larger than this are refused before parsing (uploads have their own endpoint). */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface AppOptions {
  handle: DatabaseHandle;
  sealer: Sealer;
  config: Pick<Config, 'development' | 'demo' | 'consoleDir'>;
  /** Called after each GraphQL request with the SQL statements it sent (tests count them). */
  onStatements?: (statements: string[]) => void;
}

export interface App {
  server: Server;
  apollo: ApolloServer<Context>;
  close(): Promise<void>;
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
function formatError(development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (code && code !== 'INTERNAL_SERVER_ERROR') return formatted;
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    // Never log query parameters: they carry personal data. The message of a driver error may
    // quote values too, so only its class, code and our own query text are logged.
    const cause = (original as { cause?: { code?: string; message?: string } })?.cause;
    console.error(
      'internal error:',
      (original as Error)?.name,
      cause?.code ?? '',
      formatted.path?.join('.') ?? '',
    );
    if (development) return formatted;
    return {
      message: '服务器内部错误，请稍后重试。Internal server error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
      ...(formatted.path ? { path: formatted.path } : {}),
    };
  };
}

export async function createApp(options: AppOptions): Promise<App> {
  const { handle, sealer, config } = options;
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
    ],
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: config.development,
    hideSchemaDetailsFromClientErrors: !config.development,
    formatError: formatError(config.development),
    csrfPrevention: true,
  });
  await apollo.start();
  const throttle = new LoginThrottle();

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
          return {
            db: handle.db,
            user: token ? await viewerForToken(handle.db, token) : null,
            sealer,
            throttle,
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

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    if (url.pathname === '/graphql') {
      const wantsPage = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
      if (wantsPage) {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        return void res.end(GRAPHIQL_PAGE);
      }
      return graphql(req, res, url);
    }
    if (await fileEndpoint(req, res, url, { db: handle.db, sealer })) return;
    if (url.pathname === '/healthz') {
      try {
        await handle.db.execute(sql`select 1`);
        res.setHeader('content-type', 'application/json');
        return void res.end(JSON.stringify({ status: 'ok', database: handle.kind }));
      } catch {
        res.statusCode = 503;
        return void res.end(JSON.stringify({ status: 'unavailable' }));
      }
    }
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

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500)
        console.error('request failed:', (error as Error)?.name, (error as Error)?.message);
      if (!res.headersSent) {
        res.statusCode = status;
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(
          JSON.stringify({
            errors: [{ message: error instanceof HttpError ? error.message : 'Internal error' }],
          }),
        );
      } else res.end();
    });
  });

  return {
    server,
    apollo,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}
