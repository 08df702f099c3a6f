import type { FieldError } from '../errors.js';

/**
 * A statistics period in whole months. The summaries keep flows (determinations, exits, ledger)
 * in month buckets, so a period that started or ended mid-month could only be answered
 * approximately; asking for whole months keeps every number exactly equal to counting.
 */
export interface MonthPeriod {
  /** First day of the first month, or null: from the beginning. */
  fromMonth: string | null;
  /** First day of the last month, or null: up to now. */
  toMonth: string | null;
}

const firstOfMonth = (date: string) => `${date.slice(0, 7)}-01`;

/** The last day of the month of `date` ('YYYY-MM-DD'). */
export function lastOfMonth(date: string): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** Checks `from`/`to` (already well-formed dates); the problems name the argument they concern. */
export function checkPeriod(
  from: string | null | undefined,
  to: string | null | undefined,
): FieldError[] {
  const errors: FieldError[] = [];
  if (from && from !== firstOfMonth(from)) {
    errors.push({
      path: ['from'],
      code: 'PERIOD_FROM_NOT_MONTH_START',
      message: `统计期间按整月计算：from 应为某月 1 日（如 ${firstOfMonth(from)}）。`,
    });
  }
  if (to && to !== lastOfMonth(to)) {
    errors.push({
      path: ['to'],
      code: 'PERIOD_TO_NOT_MONTH_END',
      message: `统计期间按整月计算：to 应为某月最后一天（如 ${lastOfMonth(to)}）。`,
    });
  }
  if (from && to && from > to) {
    errors.push({
      path: ['to'],
      code: 'PERIOD_ENDS_BEFORE_START',
      message: '统计期间的结束日期（to）早于开始日期（from）。',
    });
  }
  return errors;
}

export function monthPeriod(
  from: string | null | undefined,
  to: string | null | undefined,
): MonthPeriod | null {
  if (!from && !to) return null;
  return { fromMonth: from ? firstOfMonth(from) : null, toMonth: to ? firstOfMonth(to) : null };
}

export const monthOf = firstOfMonth;
