import {
  bigint,
  date,
  index,
  integer,
  primaryKey,
  snakeCase,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { unions } from './unions.js';

/*
 * Summaries behind `statistics` (domain.md §6). Counting a province's million archives takes
 * seconds (docs/performance.md); summing these rows takes milliseconds. Triggers keep them current
 * in the same transaction as every change to archives, members, plans and ledger entries, whatever
 * code path makes it (drizzle/*_statistics_triggers); `select statistics_rebuild()` recomputes them
 * from the base tables. Rows are keyed by the archive's own (grassroots) union; a subtree's numbers
 * are the sum over its unions. Rows that fall to zero are kept: they are harmless and cheap to
 * reuse.
 */

/**
 * Current counts (no date): `status` counts every archive by state (in `total`); the breakdowns
 * (`hardshipCategory`, `primaryCause`, `keyGroup`, `measure`, `actionPlan`) and `people`
 * (the worker plus registered household members) count targets, split into `established` and
 * `exited`; `exitReason` counts exited archives; `planTarget` counts established archives with a
 * plan for their current cycle; `ledger` holds all-time ledger entries (`total`) and their amount
 * per action plan.
 */
export const statisticsTallies = snakeCase.table(
  'statistics_tallies',
  {
    unionId: uuid()
      .notNull()
      .references(() => unions.id, { onDelete: 'cascade' }),
    dimension: text().notNull(),
    key: text().notNull(),
    total: integer().notNull().default(0),
    established: integer().notNull().default(0),
    exited: integer().notNull().default(0),
    amountFen: bigint({ mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.unionId, t.dimension, t.key] })],
);

/**
 * Month buckets for what a period filters or what time alone changes: `decided` (targets by the
 * month of their determination), `exit` (exits by month and reason), `planTarget` (established
 * archives by the target month of their current plan: overdue = planned − those due this month or
 * later) and `ledger` (entries and amounts by month and action plan). `month` is the first day of
 * the month.
 */
export const statisticsMonthly = snakeCase.table(
  'statistics_monthly',
  {
    unionId: uuid()
      .notNull()
      .references(() => unions.id, { onDelete: 'cascade' }),
    dimension: text().notNull(),
    key: text().notNull(),
    month: date({ mode: 'string' }).notNull(),
    count: integer().notNull().default(0),
    amountFen: bigint({ mode: 'number' }).notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.unionId, t.dimension, t.key, t.month] }),
    index('statistics_monthly_dimension_month').on(t.dimension, t.month),
  ],
);
