import type postgres from 'postgres';

/**
 * What province statistics cost without the summaries: the same numbers counted over the base
 * tables (states, categories, causes, key groups, people covered, ledger by plan, per city).
 * Run once, for the record in docs/performance.md.
 */
export async function countDirectly(sql: postgres.Sql): Promise<number> {
  const started = performance.now();
  await sql`
    with a as (select * from archives), u as (select id, split_part(path, '/', 3) as city from unions)
    select u.city, 'status' as d, a.status as k, count(*) from a join u on u.id = a.union_id group by 1, 3
    union all
    select u.city, 'category', a.hardship_category, count(*) from a join u on u.id = a.union_id
      where a.status in ('ESTABLISHED', 'EXITED') group by 1, 3
    union all
    select u.city, 'cause', a.primary_cause, count(*) from a join u on u.id = a.union_id
      where a.status in ('ESTABLISHED', 'EXITED') group by 1, 3
    union all
    select u.city, 'keyGroup', g, count(*) from a join u on u.id = a.union_id, unnest(a.key_groups) g
      where a.status in ('ESTABLISHED', 'EXITED') group by 1, 3
    union all
    select u.city, 'people', '', count(*) + coalesce(sum(m.n), 0) from a join u on u.id = a.union_id
      left join (select archive_id, count(*) as n from archive_members group by 1) m on m.archive_id = a.id
      where a.status = 'ESTABLISHED' group by 1
    union all
    select split_part(l.union_path, '/', 3), 'ledger', l.action_plan, sum(l.amount_fen) from ledger_entries l group by 1, 3`;
  return performance.now() - started;
}
