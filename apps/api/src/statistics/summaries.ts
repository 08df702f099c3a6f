import { and, eq, gte, inArray, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { subtreePattern } from '../auth/scope.js';
import type { Database } from '../db/client.js';
import { statisticsMonthly, statisticsTallies, unions } from '../db/schema/index.js';
import type { MonthPeriod } from './period.js';

/** One summed summary row of a group (a child union, or the scope itself). */
export interface SummaryRow {
  /** Serial number of the union the row is grouped under ('' for the scope union itself). */
  group: string;
  source: 'tally' | 'month';
  dimension: string;
  key: string;
  total: number;
  established: number;
  exited: number;
  amountFen: number;
}

/** Monthly dimensions a period filters; `planTarget` is read from this month on (see headlineOf). */
const FLOWS = ['decided', 'exit', 'ledger'];

/**
 * The summaries of a subtree, summed per group in one statement. Rows are grouped under the
 * ancestor at `groupDepth` (the scope's children for `statistics`; the cities for reports), which
 * is the path segment `groupDepth + 1` of the materialized path ('/1/5/33/' → '5' at depth 1).
 */
export async function summaryRows(
  db: Database,
  scope: { path: string; groupDepth: number },
  period: MonthPeriod | null,
  thisMonth: string,
): Promise<SummaryRow[]> {
  // A literal, not a parameter: SELECT and GROUP BY must be the same expression.
  const group = sql<string>`split_part(${unions.path}, '/', ${sql.raw(String(Math.trunc(scope.groupDepth) + 2))})`;
  const inScope = sql`${unions.path} like ${subtreePattern(scope.path)}`;
  const t = statisticsTallies;
  const m = statisticsMonthly;
  const tallies = db
    .select({
      group: group.as('grp'),
      source: sql<SummaryRow['source']>`'tally'`.as('source'),
      dimension: t.dimension,
      key: t.key,
      total: sql<number>`sum(${t.total})::int`.as('total'),
      established: sql<number>`sum(${t.established})::int`.as('established'),
      exited: sql<number>`sum(${t.exited})::int`.as('exited'),
      amountFen: sql`sum(${t.amountFen})::bigint`.mapWith(Number).as('amount_fen'),
    })
    .from(t)
    .innerJoin(unions, eq(unions.id, t.unionId))
    .where(inScope)
    .groupBy(group, t.dimension, t.key);
  const inPeriod: (SQL | undefined)[] = period
    ? [
        inArray(m.dimension, FLOWS),
        period.fromMonth ? gte(m.month, period.fromMonth) : undefined,
        period.toMonth ? lte(m.month, period.toMonth) : undefined,
      ]
    : [sql`false`];
  const months = db
    .select({
      group: group.as('grp'),
      source: sql<SummaryRow['source']>`'month'`.as('source'),
      dimension: m.dimension,
      key: m.key,
      total: sql<number>`sum(${m.count})::int`.as('total'),
      established: sql<number>`0`.as('established'),
      exited: sql<number>`0`.as('exited'),
      amountFen: sql`sum(${m.amountFen})::bigint`.mapWith(Number).as('amount_fen'),
    })
    .from(m)
    .innerJoin(unions, eq(unions.id, m.unionId))
    .where(
      and(
        inScope,
        or(
          and(eq(m.dimension, 'planTarget'), gte(m.month, thisMonth)),
          and(ne(m.dimension, 'planTarget'), ...inPeriod),
        ),
      ),
    )
    .groupBy(group, m.dimension, m.key);
  return (await tallies.unionAll(months)).map((row) => ({
    ...row,
    total: Number(row.total),
    established: Number(row.established),
    exited: Number(row.exited),
  }));
}
