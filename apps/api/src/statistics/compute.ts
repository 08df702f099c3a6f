import { ARCHIVE_STATUSES, FIXED_LISTS } from '@bangfu/domain';
import { asc, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { dictionaryEntries, type unions } from '../db/schema/index.js';
import {
  bagsByGroup,
  breakdownsOf,
  headlineOf,
  mergeBags,
  pickHeadline,
  type Bag,
  type Breakdowns,
  type Catalogue,
  type Headline,
} from './assemble.js';
import { monthOf, monthPeriod } from './period.js';
import { summaryRows } from './summaries.js';

export type UnionRow = typeof unions.$inferSelect;

/** A union as a snapshot names it (a snapshot must stay readable whatever happens to the union). */
export interface UnionRef {
  id: string;
  code: string;
  name: string;
  level: string;
}

/** A union's headline numbers and its progress towards its establishment due date. */
export interface UnionProgress extends Headline {
  union: UnionRef;
  establishmentDueOn: string | null;
  /** Targets (established + exited) ÷ all archives; null without archives. */
  establishmentRate: number | null;
  /** The due date has passed and archives are still on their way to being established. */
  pastDue: boolean;
}

/** domain.md §6 for one union subtree: plain JSON, as frozen in a report submission. */
export interface StatisticsSnapshot extends Headline, Breakdowns {
  union: UnionRef;
  from: string | null;
  to: string | null;
  /** The day stock figures and "overdue" were judged on (China time). */
  today: string;
  generatedAt: string;
  children: UnionProgress[];
}

export interface Period {
  from: string | null;
  to: string | null;
}

const refOf = (u: UnionRow): UnionRef => ({ id: u.id, code: u.code, name: u.name, level: u.level });

export function progressOf(union: UnionRow, headline: Headline, today: string): UnionProgress {
  return {
    union: refOf(union),
    ...pickHeadline(headline),
    establishmentDueOn: union.establishmentDueOn,
    establishmentRate:
      headline.totalArchives > 0
        ? (headline.established + headline.exited) / headline.totalArchives
        : null,
    pastDue:
      union.establishmentDueOn !== null &&
      union.establishmentDueOn < today &&
      headline.inProgress > 0,
  };
}

const fixed = (name: keyof typeof FIXED_LISTS) =>
  FIXED_LISTS[name].entries.map(({ code, label, labelEn }) => ({ code, label, labelEn }));

/** Labels of every code statistics may show; the editable dictionaries come from the database. */
async function catalogue(db: Database): Promise<Catalogue> {
  const entries = await db
    .select()
    .from(dictionaryEntries)
    .where(inArray(dictionaryEntries.dictionary, ['hardshipCategory', 'exitReason']))
    .orderBy(asc(dictionaryEntries.dictionary), asc(dictionaryEntries.sortOrder));
  const of = (dictionary: string) =>
    entries
      .filter((e) => e.dictionary === dictionary)
      .map(({ code, label, labelEn, retired }) => ({ code, label, labelEn, retired }));
  return {
    status: Object.values(ARCHIVE_STATUSES).map(({ code, label, labelEn }) => ({
      code,
      label,
      labelEn,
    })),
    hardshipCategory: of('hardshipCategory'),
    primaryCause: fixed('primaryCause'),
    keyGroup: fixed('keyGroups'),
    measure: fixed('measures'),
    actionPlan: fixed('actionPlans'),
    exitReason: of('exitReason'),
  };
}

/** Summed summaries of `scope`'s subtree, grouped by the unions at `groupDepth`. */
export async function groupedBags(
  db: Database,
  scope: { path: string },
  groupDepth: number,
  period: Period,
  today: string,
) {
  const rows = await summaryRows(
    db,
    { path: scope.path, groupDepth },
    monthPeriod(period.from, period.to),
    monthOf(today),
  );
  return bagsByGroup(rows);
}

/**
 * Statistics of `scope` and a row per child union. `children` must be the scope's child unions
 * (with the scope itself loaded by the caller in the same statement).
 */
export async function computeStatistics(
  db: Database,
  scope: UnionRow,
  children: UnionRow[],
  period: Period,
  today: string,
): Promise<StatisticsSnapshot> {
  const [bags, labels] = await Promise.all([
    groupedBags(db, scope, scope.depth + 1, period, today),
    catalogue(db),
  ]);
  const hasPeriod = Boolean(period.from || period.to);
  const total: Bag = mergeBags(bags.values());
  return {
    union: refOf(scope),
    from: period.from,
    to: period.to,
    today,
    generatedAt: new Date().toISOString(),
    ...headlineOf(total, hasPeriod),
    ...breakdownsOf(total, labels, hasPeriod),
    children: children.map((child) =>
      progressOf(child, headlineOf(bags.get(String(child.serial)) ?? new Map(), hasPeriod), today),
    ),
  };
}
