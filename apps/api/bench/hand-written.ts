import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type postgres from 'postgres';

/*
 * The same work as the GraphQL operations the benchmark sends, written by hand: plain SQL through
 * postgres.js, JSON built by PostgreSQL, the same sign-in check. It is the yardstick the API's
 * overhead is measured against, registered on the same HTTP server under /bench/ (bench only).
 */

type Sql = postgres.Sql;

const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

async function viewer(sql: Sql, req: IncomingMessage) {
  const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
  const [row] = await sql`
    select u.id, u.role, n.path from sessions s join users u on u.id = s.user_id join unions n on n.id = u.union_id
    where s.token_hash = ${tokenHash(token)} and s.revoked_at is null and s.expires_at > now() and not u.disabled`;
  return row as { id: string; role: string; path: string } | undefined;
}

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
}

type Handler = (
  sql: Sql,
  me: { id: string; path: string },
  q: URLSearchParams,
  req: IncomingMessage,
) => Promise<unknown>;

const HANDLERS: Record<string, Handler> = {
  /** A page of 50 in a union subtree with two filters, members as JSON, LIMIT before the members. */
  async '/bench/archives'(sql, me, q) {
    const [row] = await sql`
      select coalesce(json_agg(json_build_object('id', a.id, 'number', a.number, 'name', a.name, 'status', a.status,
        'hardshipCategory', a.hardship_category, 'members', (
          select coalesce(json_agg(json_build_object('name', m.name, 'relation', m.relation) order by m.position), '[]')
          from archive_members m where m.archive_id = a.id)) order by a.updated_at desc, a.id desc), '[]') as page
      from (
        select * from archives
        where union_path like ${me.path + '%'}
          and union_path like (select path || '%' from unions where id = ${q.get('unionId')!})
          and status = ${q.get('status')!} and primary_cause = ${q.get('primaryCause')!}
        order by updated_at desc, id desc limit 51
      ) a`;
    return row!.page;
  },
  async '/bench/count'(sql, me, q) {
    const [row] = await sql`
      select count(*)::int as n from archives
      where union_path like ${me.path + '%'}
        and union_path like (select path || '%' from unions where id = ${q.get('unionId')!})
        and status = ${q.get('status')!} and primary_cause = ${q.get('primaryCause')!}`;
    return row!.n;
  },
  /** Province statistics: the same sums over the summaries the API reads (months from–to, if given). */
  async '/bench/statistics'(sql, me, q) {
    const month = new Date().toISOString().slice(0, 7) + '-01';
    const from = q.get('from');
    const to = q.get('to');
    return await sql`
      select split_part(u.path, '/', 3) as grp, 'tally' as source, t.dimension, t.key, sum(t.total)::int as total,
             sum(t.established)::int as established, sum(t.exited)::int as exited, sum(t.amount_fen)::bigint as amount_fen
      from statistics_tallies t join unions u on u.id = t.union_id where u.path like ${me.path + '%'}
      group by 1, 3, 4
      union all
      select split_part(u.path, '/', 3), 'month', m.dimension, m.key, sum(m.count)::int, 0, 0, sum(m.amount_fen)::bigint
      from statistics_monthly m join unions u on u.id = m.union_id
      where u.path like ${me.path + '%'} and ((m.dimension = 'planTarget' and m.month >= ${month})
        or (${from !== null} and m.dimension in ('decided', 'exit', 'ledger') and m.month >= ${from ?? month} and m.month <= ${to ?? month}))
      group by 1, 3, 4`;
  },
  /** One archive with members, its current plan, the last 20 ledger entries and its spot checks. */
  async '/bench/archive'(sql, me, q) {
    const [row] = await sql`
      select json_build_object('id', a.id, 'number', a.number, 'status', a.status, 'name', a.name,
        'hardshipCategory', a.hardship_category, 'union', (select json_build_object('name', name) from unions where id = a.union_id),
        'members', (select coalesce(json_agg(json_build_object('name', m.name, 'relation', m.relation) order by m.position), '[]')
                    from archive_members m where m.archive_id = a.id),
        'plan', (select json_build_object('targetMonth', p.target_month, 'measures', p.measures, 'actionPlans', p.action_plans)
                 from assistance_plans p where p.archive_id = a.id and p.cycle = a.cycle),
        'ledger', (select coalesce(json_agg(l), '[]') from (
                     select "on", action_plan, amount_fen from ledger_entries where archive_id = a.id order by "on" desc limit 20) l),
        'spotChecks', (select coalesce(json_agg(json_build_object('on', c.on, 'result', c.result) order by c.on desc), '[]')
                       from spot_checks c where c.archive_id = a.id)) as archive
      from archives a where a.id = ${q.get('id')!} and a.union_path like ${me.path + '%'}`;
    return row?.archive ?? null;
  },
  /** A ledger entry: the archive checked, the entry, and a history row with the archive's snapshot. */
  async '/bench/ledger'(sql, me, _q, req) {
    const input = await body(req);
    return await sql.begin(async (tx) => {
      const [archive] = await tx`
        select id, cycle, union_path, status from archives where id = ${input.archiveId as string} and union_path like ${me.path + '%'}`;
      if (!archive || archive.status !== 'ESTABLISHED')
        throw new Error('not an established archive in scope');
      const [entry] = await tx`
        insert into ledger_entries (archive_id, cycle, union_path, "on", action_plan, description, amount_fen, "by", recorded_by)
        values (${archive.id}, ${archive.cycle}, ${archive.union_path}, ${input.on as string}, ${input.actionPlan as string},
                ${input.description as string}, ${input.amountFen as number}, ${input.by as string}, ${me.id})
        returning id, "on", action_plan, amount_fen`;
      await tx`
        insert into archive_history (archive_id, by_user_id, action, changes, snapshot)
        select a.id, ${me.id}, 'ADD_LEDGER_ENTRY', ${tx.json({ ledger: { from: null, to: input } } as never)},
               to_jsonb(a) - 'id_number_cipher' - 'bank_card_cipher'
                 || jsonb_build_object('members', (select coalesce(jsonb_agg(to_jsonb(m) - 'id_number_cipher'), '[]')
                                                   from archive_members m where m.archive_id = a.id))
        from archives a where a.id = ${archive.id}`;
      return entry;
    });
  },
};

/** The /bench/ routes, or null for any other path (the app serves those). */
export function handWritten(sql: Sql) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const handler = HANDLERS[url.pathname];
    if (!handler) return false;
    const me = await viewer(sql, req);
    res.setHeader('content-type', 'application/json; charset=utf-8');
    if (!me) {
      res.statusCode = 401;
      res.end('{"error":"unauthenticated"}');
      return true;
    }
    res.end(JSON.stringify({ data: await handler(sql, me, url.searchParams, req) }));
    return true;
  };
}
