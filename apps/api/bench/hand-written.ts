import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type postgres from 'postgres';

/*
 * The same work as the GraphQL operations the benchmark sends, written by hand: the best plain SQL
 * for each, through postgres.js, JSON built by PostgreSQL, the same sign-in check. It is the
 * yardstick the API's overhead is measured against, registered on the same HTTP server under
 * /bench/ (bench only). Each statement selects only what the GraphQL operation returns, and a
 * subtree is the same literal prefix the API writes (`union_path like '/1/34/%'`: an ordered index
 * scan that stops after 51 rows), never `like (select path || '%' …)`, which the planner cannot
 * see through.
 *
 * Handlers send their statements through a `Db`, so the same code also gives the floor: each
 * statement run under EXPLAIN (ANALYZE), its "Execution Time" added up (floor.ts).
 */

type Row = Record<string, unknown>;

export interface Db {
  /** One statement; `write` statements are not run a second time to fetch rows under EXPLAIN. */
  run(text: string, params: unknown[], options?: { write?: boolean }): Promise<Row[]>;
  begin<T>(work: (db: Db) => Promise<T>): Promise<T>;
}

export interface Viewer {
  id: string;
  role: string;
  path: string;
}

/** A plain postgres.js connection as a Db. */
export function plainDb(sql: postgres.Sql | postgres.TransactionSql): Db {
  return {
    run: async (text, params) => (await sql.unsafe(text, params as never[])) as unknown as Row[],
    begin: async (work) =>
      (await (sql as postgres.Sql).begin((tx) => work(plainDb(tx)))) as Awaited<
        ReturnType<typeof work>
      >,
  };
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

/** A subtree as a literal prefix, as the API writes it (paths are digits and slashes). */
function prefix(path: string): string {
  if (!/^\/(\d+\/)+$/.test(path)) throw new Error('malformed union path');
  return `'${path}%'`;
}

export async function viewer(db: Db, token: string): Promise<Viewer | undefined> {
  const [row] = await db.run(
    `select u.id, u.role, n.path from sessions s join users u on u.id = s.user_id join unions n on n.id = u.union_id
     where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now() and not u.disabled`,
    [tokenHash(token)],
  );
  return row as Viewer | undefined;
}

/** The archive filter of the page and the count: the viewer's subtree, the union's, two codes. */
async function filterSql(db: Db, me: Viewer, q: URLSearchParams): Promise<string | null> {
  const [union] = await db.run('select path from unions where id = $1', [q.get('unionId')!]);
  if (!union) return null;
  return `union_path like ${prefix(me.path)} and union_path like ${prefix(union.path as string)}
    and status = $1 and primary_cause = $2`;
}

export type Handler = (
  db: Db,
  me: Viewer,
  q: URLSearchParams,
  input: Record<string, unknown>,
) => Promise<unknown>;

export const HANDLERS: Record<string, Handler> = {
  /** A page of 50 with members and the next-page flag and cursor: LIMIT 51 before the members. */
  async '/bench/archives'(db, me, q) {
    const where = await filterSql(db, me, q);
    if (!where) return { edges: [], hasNextPage: false };
    const [row] = await db.run(
      `select coalesce(json_agg(json_build_object('id', a.id, 'number', a.number, 'name', a.name, 'status', a.status,
         'hardshipCategory', a.hardship_category, 'members', (
           select coalesce(json_agg(json_build_object('name', m.name, 'relation', m.relation) order by m.position), '[]')
           from archive_members m where m.archive_id = a.id)) order by a.updated_at desc, a.id desc)
           filter (where a.n <= 50), '[]') as edges,
         count(*) > 50 as "hasNextPage",
         max(json_build_array(a.updated_at, a.id)::text) filter (where a.n = 50) as "endCursor"
       from (
         select id, number, name, status, hardship_category, updated_at,
                row_number() over (order by updated_at desc, id desc) as n
         from (select id, number, name, status, hardship_category, updated_at from archives
               where ${where} order by updated_at desc, id desc limit 51) page
       ) a`,
      [q.get('status')!, q.get('primaryCause')!],
    );
    return row;
  },
  async '/bench/count'(db, me, q) {
    const where = await filterSql(db, me, q);
    if (!where) return 0;
    const [row] = await db.run(`select count(*)::int as n from archives where ${where}`, [
      q.get('status')!,
      q.get('primaryCause')!,
    ]);
    return row!.n;
  },
  /** Province statistics: the same sums over the summaries the API reads (months from–to, if given). */
  async '/bench/statistics'(db, me, q) {
    const month = new Date().toISOString().slice(0, 7) + '-01';
    const from = q.get('from');
    const to = q.get('to');
    return await db.run(
      `select split_part(u.path, '/', 3) as grp, 'tally' as source, t.dimension, t.key, sum(t.total)::int as total,
              sum(t.established)::int as established, sum(t.exited)::int as exited, sum(t.amount_fen)::bigint as amount_fen
       from statistics_tallies t join unions u on u.id = t.union_id where u.path like ${prefix(me.path)}
       group by 1, 3, 4
       union all
       select split_part(u.path, '/', 3), 'month', m.dimension, m.key, sum(m.count)::int, 0, 0, sum(m.amount_fen)::bigint
       from statistics_monthly m join unions u on u.id = m.union_id
       where u.path like ${prefix(me.path)} and ((m.dimension = 'planTarget' and m.month >= $1)
         or ($2 and m.dimension in ('decided', 'exit', 'ledger') and m.month >= $3 and m.month <= $4))
       group by 1, 3, 4`,
      [month, from !== null, from ?? month, to ?? month],
    );
  },
  /** One archive with members, its current plan, the last 20 ledger entries and its spot checks. */
  async '/bench/archive'(db, me, q) {
    const [row] = await db.run(
      `select json_build_object('id', a.id, 'number', a.number, 'status', a.status, 'name', a.name,
         'hardshipCategory', a.hardship_category, 'union', (select json_build_object('name', name) from unions where id = a.union_id),
         'members', (select coalesce(json_agg(json_build_object('name', m.name, 'relation', m.relation) order by m.position), '[]')
                     from archive_members m where m.archive_id = a.id),
         'plan', (select json_build_object('targetMonth', p.target_month, 'measures', p.measures, 'actionPlans', p.action_plans)
                  from assistance_plans p where p.archive_id = a.id and p.cycle = a.cycle),
         'ledger', (select coalesce(json_agg(l), '[]') from (
                      select "on", action_plan, amount_fen from ledger_entries where archive_id = a.id
                      order by "on" desc, created_at desc limit 20) l),
         'spotChecks', (select coalesce(json_agg(json_build_object('on', c.on, 'result', c.result) order by c.on desc), '[]')
                        from spot_checks c where c.archive_id = a.id)) as archive
       from archives a where a.id = $1 and a.union_path like ${prefix(me.path)}`,
      [q.get('id')!],
    );
    return row?.archive ?? null;
  },
  /**
   * A ledger entry: the archive checked (in scope, established), the entry, and a history row with
   * the archive's snapshot built by PostgreSQL (ciphertexts left out: the API re-seals them in Node).
   */
  async '/bench/ledger'(db, me, _q, input) {
    return await db.begin(async (tx) => {
      const [archive] = await tx.run(
        `select id, cycle, union_path, status from archives where id = $1 and union_path like ${prefix(me.path)}`,
        [input.archiveId],
      );
      if (!archive || archive.status !== 'ESTABLISHED')
        throw new Error('not an established archive in scope');
      const [entry] = await tx.run(
        `insert into ledger_entries (archive_id, cycle, union_path, "on", action_plan, description, amount_fen, "by", recorded_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id, "on", action_plan, amount_fen`,
        [
          archive.id,
          archive.cycle,
          archive.union_path,
          input.on,
          input.actionPlan,
          input.description,
          input.amountFen,
          input.by,
          me.id,
        ],
        { write: true },
      );
      await tx.run(
        `insert into archive_history (archive_id, by_user_id, action, changes, snapshot)
         select a.id, $2, 'ADD_LEDGER_ENTRY', $3::jsonb,
                to_jsonb(a) - 'id_number_cipher' - 'bank_card_cipher'
                  || jsonb_build_object('members', (select coalesce(jsonb_agg(to_jsonb(m) - 'id_number_cipher'), '[]')
                                                    from archive_members m where m.archive_id = a.id))
         from archives a where a.id = $1`,
        [archive.id, me.id, JSON.stringify({ ledger: { from: null, to: input } })],
        { write: true },
      );
      return entry;
    });
  },
};

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  if (req.method !== 'POST') return {};
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
}

/** The /bench/ routes, or false for any other path (the app serves those). */
export function handWritten(sql: postgres.Sql) {
  const db = plainDb(sql);
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const handler = HANDLERS[url.pathname];
    if (!handler) return false;
    const me = await viewer(db, (req.headers.authorization ?? '').replace(/^Bearer /, ''));
    res.setHeader('content-type', 'application/json; charset=utf-8');
    if (!me) {
      res.statusCode = 401;
      res.end('{"error":"unauthenticated"}');
      return true;
    }
    res.end(JSON.stringify({ data: await handler(db, me, url.searchParams, await body(req)) }));
    return true;
  };
}
