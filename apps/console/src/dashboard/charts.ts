import { formatFen } from '@bangfu/domain';
import type { DashboardStatisticsQuery } from '../generated/graphql/graphql.js';
import type { BarRow } from './BarChart.js';

/** The statistics query's breakdowns as chart rows: numbers exactly as the API reports them. */

export type DashboardStatistics = NonNullable<DashboardStatisticsQuery['statistics']>;
type Lang = 'zh' | 'en';

interface Labelled {
  code: string;
  label: string;
  labelEn: string;
}

const labelOf = (row: Labelled, lang: Lang) => (lang === 'en' ? row.labelEn : row.label);
// A suppressed number (analysts, a group under 5 archives below county level) reads as a dash.
export const SUPPRESSED = '—';
const count = (n: number | null) => (n == null ? SUPPRESSED : n.toLocaleString('zh-CN'));
type N = number | null;

/** Archives with a code: one bar. */
export function countRows(rows: readonly (Labelled & { count: N })[], lang: Lang): BarRow[] {
  return rows.map((r) => ({
    code: r.code,
    label: labelOf(r, lang),
    bars: [r.count ?? 0],
    cells: [count(r.count)],
  }));
}

/** Targets with a code: being assisted and exited, stacked. */
export function targetRows(
  rows: readonly (Labelled & { established: N; exited: N })[],
  lang: Lang,
): BarRow[] {
  return rows.map((r) => ({
    code: r.code,
    label: labelOf(r, lang),
    bars: [r.established ?? 0, r.exited ?? 0],
    cells: [count(r.established), count(r.exited)],
  }));
}

/** Ledger totals per plan: the bar is the amount, beside it entries and the sum in yuan. */
export function ledgerRows(
  rows: readonly (Labelled & { entries: N; amountFen: N })[],
  lang: Lang,
): BarRow[] {
  return rows.map((r) => ({
    code: r.code,
    label: labelOf(r, lang),
    bars: [r.amountFen ?? 0],
    cells: [count(r.entries), r.amountFen == null ? SUPPRESSED : formatFen(r.amountFen)],
  }));
}

export type ChartKey =
  | 'archivesByState'
  | 'byHardshipCategory'
  | 'byPrimaryCause'
  | 'byKeyGroup'
  | 'byMeasure'
  | 'byActionPlan'
  | 'exitsByReason'
  | 'ledgerByActionPlan';

export type ChartKind = 'count' | 'targets' | 'ledger';

/** Every chart of the page, in the order of domain.md §6. */
export function chartsOf(
  s: DashboardStatistics,
  lang: Lang,
): { key: ChartKey; kind: ChartKind; rows: BarRow[] }[] {
  return [
    { key: 'archivesByState', kind: 'count', rows: countRows(s.archivesByState, lang) },
    { key: 'byHardshipCategory', kind: 'targets', rows: targetRows(s.byHardshipCategory, lang) },
    { key: 'byPrimaryCause', kind: 'targets', rows: targetRows(s.byPrimaryCause, lang) },
    { key: 'byKeyGroup', kind: 'targets', rows: targetRows(s.byKeyGroup, lang) },
    { key: 'byMeasure', kind: 'targets', rows: targetRows(s.byMeasure, lang) },
    { key: 'byActionPlan', kind: 'targets', rows: targetRows(s.byActionPlan, lang) },
    { key: 'exitsByReason', kind: 'count', rows: countRows(s.exitsByReason, lang) },
    { key: 'ledgerByActionPlan', kind: 'ledger', rows: ledgerRows(s.ledgerByActionPlan, lang) },
  ];
}
