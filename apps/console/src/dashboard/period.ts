import { todayIso } from '@bangfu/domain';

/*
 * The dashboard's period: whole months, as the statistics count them (a month 'YYYY-MM' from,
 * a month to, or neither for all time). Kept in the address, so a view can be shared.
 */

export interface MonthRange {
  fromMonth: string | null;
  toMonth: string | null;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export const isMonth = (value: string | null | undefined): value is string =>
  !!value && MONTH.test(value);

/** The last day of a month 'YYYY-MM'. */
export function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** The `from`/`to` arguments of `statistics` for a range of months. */
export function statisticsPeriod(range: MonthRange): { from: string | null; to: string | null } {
  return {
    from: isMonth(range.fromMonth) ? `${range.fromMonth}-01` : null,
    to: isMonth(range.toMonth) ? lastDayOf(range.toMonth) : null,
  };
}

/** January to December of this year (China time): the default view. */
export function thisYear(today = todayIso()): MonthRange {
  const year = today.slice(0, 4);
  return { fromMonth: `${year}-01`, toMonth: `${year}-12` };
}

/** The range the address asks for: this year when it says nothing, all time when it says 'all'. */
export function rangeFromSearch(params: URLSearchParams, today = todayIso()): MonthRange {
  if (params.get('period') === 'all') return { fromMonth: null, toMonth: null };
  const fromMonth = params.get('from');
  const toMonth = params.get('to');
  if (!isMonth(fromMonth) && !isMonth(toMonth)) return thisYear(today);
  return {
    fromMonth: isMonth(fromMonth) ? fromMonth : null,
    toMonth: isMonth(toMonth) ? toMonth : null,
  };
}

/** The problem with a typed range, in the words the API uses. */
export function rangeProblem(range: MonthRange): string | null {
  if (isMonth(range.fromMonth) && isMonth(range.toMonth) && range.toMonth < range.fromMonth) {
    return '统计期间的结束月份早于开始月份。';
  }
  return null;
}

/** A share 0–1 as a percentage with one decimal ("37.5%"); blank when there is none. */
export function percent(share: number | null | undefined): string {
  return share == null ? '—' : `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}
