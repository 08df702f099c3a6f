import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';
import { rowsOf } from './assistance.js';

/*
 * The summaries as plain GROUP BY counts over the base tables, written independently of the
 * triggers' SQL functions: what statistics must always equal. Values come back as text so that
 * both drivers answer alike.
 */

// A ledger reversal (冲销) takes its entry back: −1 entry and its negative amount.
const COUNTED_TALLIES = sql`
  with targets as (select * from archives where status in ('ESTABLISHED', 'EXITED')),
  members as (select archive_id, count(*) as n from archive_members group by archive_id)
  select union_id::text, dimension, key, coalesce(sum(total), 0)::text as total,
         coalesce(sum(established), 0)::text as established, coalesce(sum(exited), 0)::text as exited,
         coalesce(sum(amount_fen), 0)::text as amount_fen
  from (
    select union_id, 'status' as dimension, status as key, count(*) as total, 0 as established, 0 as exited, 0 as amount_fen
    from archives group by union_id, status
    union all
    select union_id, 'hardshipCategory', hardship_category, 0, count(*) filter (where status = 'ESTABLISHED'),
           count(*) filter (where status = 'EXITED'), 0
    from targets group by union_id, hardship_category
    union all
    select union_id, 'primaryCause', primary_cause, 0, count(*) filter (where status = 'ESTABLISHED'),
           count(*) filter (where status = 'EXITED'), 0
    from targets group by union_id, primary_cause
    union all
    select union_id, 'target', case when is_target is false then 'NO' else 'YES' end, 0,
           count(*) filter (where status = 'ESTABLISHED'), count(*) filter (where status = 'EXITED'), 0
    from targets group by union_id, 3
    union all
    select t.union_id, c.dimension, c.key, 0, count(*) filter (where t.status = 'ESTABLISHED'),
           count(*) filter (where t.status = 'EXITED'), 0
    from targets t cross join lateral (
      select distinct 'keyGroup', k from unnest(t.key_groups) k
      union select distinct 'measure', k from unnest(t.measures) k
      union select distinct 'actionPlan', k from unnest(t.action_plans) k
    ) c(dimension, key)
    group by t.union_id, c.dimension, c.key
    union all
    select t.union_id, 'people', '', 0, sum(1 + coalesce(m.n, 0)) filter (where t.status = 'ESTABLISHED'),
           sum(1 + coalesce(m.n, 0)) filter (where t.status = 'EXITED'), 0
    from targets t left join members m on m.archive_id = t.id group by t.union_id
    union all
    select union_id, 'exitReason', coalesce(exit_reason, ''), 0, 0, count(*), 0
    from archives where status = 'EXITED' group by union_id, coalesce(exit_reason, '')
    union all
    select a.union_id, 'planTarget', '', 0, count(*), 0, 0
    from archives a join assistance_plans p on p.archive_id = a.id and p.cycle = a.cycle
    where a.status = 'ESTABLISHED' group by a.union_id
    union all
    select u.id, 'ledger', l.action_plan, sum(case when l.reverses_entry_id is null then 1 else -1 end), 0, 0,
           sum(l.amount_fen)
    from ledger_entries l join unions u on u.path = l.union_path group by u.id, l.action_plan
  ) counted
  group by union_id, dimension, key
  having coalesce(sum(total), 0) <> 0 or coalesce(sum(established), 0) <> 0 or coalesce(sum(exited), 0) <> 0
      or coalesce(sum(amount_fen), 0) <> 0
  order by 1, 2, 3`;

const COUNTED_MONTHS = sql`
  select union_id::text, dimension, key, month::text, sum(count)::text as count, sum(amount_fen)::text as amount_fen
  from (
    select union_id, 'decided' as dimension, '' as key, date_trunc('month', decided_on::timestamp)::date as month,
           count(*) as count, 0 as amount_fen
    from archives where status in ('ESTABLISHED', 'EXITED') and decided_on is not null
    group by union_id, date_trunc('month', decided_on::timestamp)
    union all
    select union_id, 'exit', coalesce(exit_reason, ''), date_trunc('month', exited_on::timestamp)::date, count(*), 0
    from archives where status = 'EXITED' and exited_on is not null
    group by union_id, coalesce(exit_reason, ''), date_trunc('month', exited_on::timestamp)
    union all
    select a.union_id, 'planTarget', '', date_trunc('month', p.target_month::timestamp)::date, count(*), 0
    from archives a join assistance_plans p on p.archive_id = a.id and p.cycle = a.cycle
    where a.status = 'ESTABLISHED' group by a.union_id, date_trunc('month', p.target_month::timestamp)
    union all
    select u.id, 'ledger', l.action_plan, date_trunc('month', l.on::timestamp)::date,
           sum(case when l.reverses_entry_id is null then 1 else -1 end), sum(l.amount_fen)
    from ledger_entries l join unions u on u.path = l.union_path
    group by u.id, l.action_plan, date_trunc('month', l.on::timestamp)
  ) counted
  group by union_id, dimension, key, month
  having sum(count) <> 0 or sum(amount_fen) <> 0
  order by 1, 2, 3, 4`;

const KEPT_TALLIES = sql`
  select union_id::text, dimension, key, total::text, established::text, exited::text, amount_fen::text
  from statistics_tallies where total <> 0 or established <> 0 or exited <> 0 or amount_fen <> 0 order by 1, 2, 3`;

const KEPT_MONTHS = sql`
  select union_id::text, dimension, key, month::text, count::text, amount_fen::text
  from statistics_monthly where count <> 0 or amount_fen <> 0 order by 1, 2, 3, 4`;

const read = async (db: Database, query: ReturnType<typeof sql>) =>
  rowsOf<Record<string, string>>(await db.execute(query));

/** The summaries as kept, and as counted now. */
export async function summariesAndCounts(db: Database) {
  return {
    kept: { tallies: await read(db, KEPT_TALLIES), months: await read(db, KEPT_MONTHS) },
    counted: { tallies: await read(db, COUNTED_TALLIES), months: await read(db, COUNTED_MONTHS) },
  };
}
