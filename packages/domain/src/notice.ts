import { isIsoDate } from './dates.js';

/*
 * 对象公示 (step 三): how long a public notice runs. The province sets the period for every union
 * (a setting, NOTICE_PERIOD_DAYS_MIN–MAX days); until it does, a notice runs a week. The period
 * counts calendar days including the first, so a 7-day notice started on a Monday ends on Sunday.
 */

export const DEFAULT_NOTICE_PERIOD_DAYS = 7;
export const NOTICE_PERIOD_DAYS_MIN = 1;
export const NOTICE_PERIOD_DAYS_MAX = 30;

/** Whether `days` is a notice period the province may set: a whole number of days in range. */
export function isNoticePeriod(days: unknown): days is number {
  return (
    Number.isInteger(days) &&
    (days as number) >= NOTICE_PERIOD_DAYS_MIN &&
    (days as number) <= NOTICE_PERIOD_DAYS_MAX
  );
}

/** 'YYYY-MM-DD' plus `days` calendar days (negative goes back), in UTC so no zone shifts it. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The dates the 开始公示 dialog starts from: today, and the last day of a notice of `days` days.
 * A period out of range (an old setting, a bad read) falls back to the default rather than
 * offering a notice that ends before it starts.
 */
export function defaultNoticeDates(
  today: string,
  days: number = DEFAULT_NOTICE_PERIOD_DAYS,
): { startsOn: string; endsOn: string } {
  if (!isIsoDate(today)) throw new RangeError(`not a date: ${today}`);
  const period = isNoticePeriod(days) ? days : DEFAULT_NOTICE_PERIOD_DAYS;
  return { startsOn: today, endsOn: addDays(today, period - 1) };
}
