import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { createSealer } from '../src/crypto/data-key.js';
import { openDatabase } from '../src/db/client.js';
import { DEMO_PASSWORD } from '../src/demo/generate.js';
import { createApp } from '../src/http/server.js';
import { bootstrap } from '../src/setup/bootstrap.js';
import { countDirectly } from './counting.js';
import { handWritten } from './hand-written.js';
import { loadArchives } from './load.js';
import { floorOf } from './floor.js';
import { compare, underLoad, type Load, type Timing } from './measure.js';
import { workList, type Sample } from './work.js';

export interface BenchOptions {
  /** A PostgreSQL server (any database on it); the benchmark creates and drops its own. */
  serverUrl: string;
  database: string;
  archives: number;
  /** Archives made by the demo generator; the rest are copies of them made in PostgreSQL (load.ts). */
  templates?: number;
  iterations: number;
  /** With a number: also N concurrent clients per piece of work, for `seconds` each side. */
  connections?: number;
  seconds?: number;
  /** Leave the database in place afterwards (to EXPLAIN, or to --reuse it). */
  keep?: boolean;
  /** Use the database a kept run left, instead of loading a new one. */
  reuse?: boolean;
  /** PostGraphile v5 over the same database (bench/peer/): its GraphQL URL, timed alongside. */
  peer?: string;
  log?: (line: string) => void;
}

export interface BenchRow {
  work: string;
  graphql: Timing;
  hand: Timing;
  /** The database's own execution time of the hand-written statements (floor.ts). */
  floor: Timing;
  /** GraphQL median ÷ hand-written median. */
  ratio: number;
  /** GraphQL median ÷ floor median. */
  floorRatio: number;
  /** PostGraphile v5 on the same data, for the pieces of work it has (`peer`). */
  peer?: Timing;
  /** Under `connections` concurrent clients, when asked for. */
  load?: { graphql: Load; hand: Load; peer?: Load };
}

export interface BenchResult {
  archives: number;
  loadSeconds: number;
  rows: Record<string, number>;
  /** Province statistics counted over the base tables instead of the summaries (one run). */
  countingMs: number;
  results: BenchRow[];
}

const ADMIN_PASSWORD = 'bangfu-bench-admin';

const dbUrl = (serverUrl: string, database: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const log = options.log ?? (() => {});
  const admin = postgres(options.serverUrl, { max: 1, onnotice: () => {} });
  const exists =
    (await admin`select 1 from pg_database where datname = ${options.database}`).length > 0;
  const load = !(options.reuse && exists);
  if (load) {
    await admin.unsafe(`drop database if exists "${options.database}" with (force)`);
    await admin.unsafe(`create database "${options.database}"`);
  }
  const url = dbUrl(options.serverUrl, options.database);
  const handle = await openDatabase({ databaseUrl: url });
  // Unprepared: the generic plan of a prepared `union_path like $1` cannot use the path-prefix
  // index, and the yardstick should be the best a careful hand-written endpoint does.
  // As many connections as the API's pool (BANGFU_DB_POOL, 10), so concurrency is compared fairly.
  const hand = postgres(url, {
    max: Number(process.env.BANGFU_DB_POOL ?? 10),
    prepare: false,
    onnotice: () => {},
    connection: { jit: 'off' },
  });
  let closeServer = async () => {};
  try {
    await bootstrap(handle.db, { adminPassword: ADMIN_PASSWORD });
    // A fixed key: benchmark data is made up, and a kept database stays readable by a later --reuse.
    const sealer = createSealer(Buffer.alloc(32, 7));
    let loadSeconds = 0;
    if (load) {
      const started = performance.now();
      const inserted = await loadArchives(handle.db, hand, sealer, {
        total: options.archives,
        templates: options.templates,
        log,
      });
      loadSeconds = (performance.now() - started) / 1000;
      // The steady state autovacuum reaches: statistics for the planner, visibility for index-only scans.
      log('vacuum analyze …');
      await handle.db.execute(sql`vacuum analyze`);
      log(
        `loaded ${inserted} archives in ${loadSeconds.toFixed(0)} s (${(inserted / loadSeconds).toFixed(0)} archives/s with everything they hold)`,
      );
    }
    const rows = await tableSizes(hand);

    let statements = 0;
    const app = await createApp({
      handle,
      sealer,
      config: { development: false, demo: false, consoleDir: '/nonexistent' },
      onStatements: (s) => (statements = s.length),
    });
    // One HTTP server: the bench-only /bench/ routes first, everything else to the app.
    const appHandler = app.server.listeners('request')[0] as RequestListener;
    const handRoutes = handWritten(hand);
    const server = createServer((req, res) => {
      handRoutes(req, res)
        .then((handled) => handled || appHandler(req, res))
        .catch((error: unknown) => {
          res.statusCode = 500;
          res.end(JSON.stringify({ error: String(error) }));
        });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closeServer = async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.apollo.stop();
    };
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const post = async (path: string, body: unknown, token: string) => {
      const res = await fetch(base + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      const json = (await res.json()) as { errors?: unknown; data?: unknown };
      if (!res.ok || json.errors) throw new Error(`${path}: ${JSON.stringify(json).slice(0, 500)}`);
      return json.data;
    };
    const login = async (username: string, password: string) =>
      (
        (await post(
          '/graphql',
          {
            query: `mutation { login(username: "${username}", password: "${password}") { token } }`,
          },
          '',
        )) as {
          login: { token: string };
        }
      ).login.token;
    const tokens = {
      zhengzhou: await login('zhengzhou', DEMO_PASSWORD),
      analyst: await login('analyst', DEMO_PASSWORD),
      admin: await login('admin', ADMIN_PASSWORD),
    };
    const sample = await pickSample(hand, options.iterations + 20);

    const results: BenchRow[] = [];
    for (const work of workList(sample)) {
      const token = tokens[work.user];
      let graphqlStatements = 0;
      let handStatements = 0;
      const graphql = async () => {
        await post(
          '/graphql',
          { query: work.graphql.query, variables: work.graphql.variables() },
          token,
        );
        graphqlStatements = statements;
      };
      const handWrittenRequest = async () => {
        if (work.hand.method === 'POST')
          return await post(work.hand.path, work.hand.body!(), token);
        const res = await fetch(base + work.hand.path, {
          headers: { authorization: `Bearer ${token}` },
        });
        if (!res.ok) throw new Error(`${work.hand.path}: ${res.status} ${await res.text()}`);
        return await res.json();
      };
      if (work.same) {
        const g = await post(
          '/graphql',
          { query: work.graphql.query, variables: work.graphql.variables() },
          token,
        );
        const h = ((await handWrittenRequest()) as { data: unknown }).data;
        const [a, b] = work.same(g, h);
        if (JSON.stringify(a) !== JSON.stringify(b))
          throw new Error(
            `${work.name}: GraphQL and hand-written disagree: ${JSON.stringify([a, b]).slice(0, 500)}`,
          );
      }
      const peerRequest =
        options.peer && work.peer
          ? async () => {
              const res = await fetch(options.peer!, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({
                  query: work.peer!.query,
                  variables: work.peer!.variables(),
                }),
              });
              const json = (await res.json()) as { errors?: unknown; data?: unknown };
              if (!res.ok || json.errors)
                throw new Error(`peer: ${JSON.stringify(json).slice(0, 500)}`);
              return json.data;
            }
          : undefined;
      if (peerRequest && work.same) {
        const g = await post(
          '/graphql',
          { query: work.graphql.query, variables: work.graphql.variables() },
          token,
        );
        const [a] = work.same(g, ((await handWrittenRequest()) as { data: unknown }).data);
        const p = work.peer!.same(await peerRequest());
        if (JSON.stringify(a) !== JSON.stringify(p))
          throw new Error(
            `${work.name}: GraphQL and PostGraphile disagree: ${JSON.stringify([a, p]).slice(0, 500)}`,
          );
      }
      const timing = await compare(
        options.iterations,
        graphql,
        handWrittenRequest,
        async () => {
          const floor = await floorOf(hand, token, work.hand.path, work.hand.body?.());
          handStatements = floor.statements;
          return floor.ms;
        },
        peerRequest,
      );
      const row: BenchRow = {
        work: work.name,
        graphql: { ...timing.a, statements: graphqlStatements },
        hand: { ...timing.b, statements: handStatements },
        floor: timing.floor,
        ratio: timing.a.median / timing.b.median,
        floorRatio: timing.a.median / timing.floor.median,
        ...(timing.peer ? { peer: timing.peer } : {}),
      };
      if (options.connections) {
        const seconds = options.seconds ?? 10;
        row.load = {
          graphql: await underLoad(options.connections, seconds, graphql),
          hand: await underLoad(options.connections, seconds, handWrittenRequest),
          ...(peerRequest
            ? { peer: await underLoad(options.connections, seconds, peerRequest) }
            : {}),
        };
      }
      results.push(row);
      log(formatRow(row));
      if (row.load) log(formatLoad(row.load));
    }
    const countingMs = await countDirectly(hand);
    log(`province statistics counted over the base tables instead: ${countingMs.toFixed(0)} ms`);
    return { archives: rows.archives!, loadSeconds, rows, countingMs, results };
  } finally {
    await closeServer();
    await hand.end({ timeout: 5 });
    await handle.close();
    if (!options.keep)
      await admin.unsafe(`drop database if exists "${options.database}" with (force)`);
    await admin.end();
  }
}

async function tableSizes(sql: postgres.Sql): Promise<Record<string, number>> {
  const tables = [
    'archives',
    'archive_members',
    'ledger_entries',
    'assistance_plans',
    'statistics_tallies',
    'statistics_monthly',
  ];
  const counts: Record<string, number> = {};
  for (const table of tables)
    counts[table] = (await sql`select count(*)::int as n from ${sql(table)}`)[0]!.n as number;
  return counts;
}

export async function pickSample(sql: postgres.Sql, ledgerArchives: number): Promise<Sample> {
  const [zz] = await sql`select id, path from unions where code = '410100'`;
  const zhengzhouPath = zz!.path as string;
  const [filter] = await sql`
    select status, primary_cause from archives where union_path like ${zz!.path + '%'} and status = 'ESTABLISHED'
    group by 1, 2 order by count(*) desc limit 1`;
  const [full] = await sql`
    select a.id from archives a
    join assistance_plans p on p.archive_id = a.id and p.cycle = a.cycle
    join spot_checks c on c.archive_id = a.id
    where a.status = 'ESTABLISHED' and exists (select 1 from ledger_entries l where l.archive_id = a.id)
    limit 1`;
  const ledger =
    await sql`select id from archives where status = 'ESTABLISHED' limit ${ledgerArchives}`;
  return {
    zhengzhouId: zz!.id as string,
    zhengzhouPath,
    status: filter!.status as string,
    primaryCause: filter!.primary_cause as string,
    fullArchiveId: full!.id as string,
    ledgerArchiveIds: ledger.map((r) => r.id as string),
  };
}

const ms = (n: number) => n.toFixed(1).padStart(6);

export function formatRow(row: BenchRow): string {
  const g = row.graphql;
  const h = row.hand;
  const f = row.floor;
  return (
    `${row.work.padEnd(46)} GraphQL ${ms(g.median)} / ${ms(g.p95)} ms ${String(g.statements).padStart(2)} stmt` +
    ` | hand ${ms(h.median)} / ${ms(h.p95)} ms ${String(h.statements).padStart(2)} stmt` +
    ` | floor ${ms(f.median)} / ${ms(f.p95)} ms | ×${row.ratio.toFixed(2)} hand ×${row.floorRatio.toFixed(1)} floor` +
    (row.peer
      ? ` | PostGraphile ${ms(row.peer.median)} / ${ms(row.peer.p95)} ms ×${(g.median / row.peer.median).toFixed(2)}`
      : '')
  );
}

const loadText = (l: Load) =>
  `${l.perSecond.toFixed(0).padStart(5)} req/s p50 ${ms(l.p50)} ms p99 ${ms(l.p99)} ms`;

export function formatLoad(load: { graphql: Load; hand: Load; peer?: Load }): string {
  return (
    `${''.padEnd(46)} ${load.graphql.clients} clients: GraphQL ${loadText(load.graphql)} | hand ${loadText(load.hand)}` +
    (load.peer ? ` | PostGraphile ${loadText(load.peer)}` : '')
  );
}
