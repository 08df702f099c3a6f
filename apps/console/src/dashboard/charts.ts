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
const count = (n: number) => n.toLocaleString('zh-CN');

/** Archives with a code: one bar. */
export function countRows(rows: readonly (Labelled & { count: number })[], lang: Lang): BarRow[] {
  return rows.map((r) => ({
    code: r.code,
    label: labelOf(r, lang),
    bars: [r.count],
    cells: [count(r.count)],
  }));
}

/** Targets with a code: being assisted and exited, stacked. */
export function targetRows(
  rows: readonly (Labelled & { established: number; exited: number })[],
  lang: Lang,
): BarRow[] {
  return rows.map((r) => ({
    code: r.code,
    label: labelOf(r, lang),
    bars: [r.established, r.exited],
    cells: [count(r.established), count(r.exited)],
  }));
}

/** Ledger totals per plan: the bar is the amount, beside it entries and the sum in yuan. */
export function ledgerRows(
  rows: readonly (Labelled & { entries: number; amountFen: number })[],
  lang: Lang,
): BarRow[] {
  return rows.map((r) => ({
    code: r.code,
    label: labelOf(r, lang),
    bars: [r.amountFen],
    cells: [count(r.entries), formatFen(r.amountFen)],
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
