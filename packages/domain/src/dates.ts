import type { Check } from './check.js';
import { problem } from './error-codes.js';
import { labelParams, type FieldLabel } from './labels.js';
import { normalizeTyped } from './typing.js';

/*
 * Dates travel as ISO calendar dates ('YYYY-MM-DD' strings), never as Date objects: a birth date
 * has no time zone, and a Date would shift it by a day depending on where the code runs.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whether year/month/day name a day that exists in the Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (days[month - 1] ?? 0);
}

/** Whether `value` is a real date written 'YYYY-MM-DD'. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

const pad = (n: string) => n.padStart(2, '0');

/**
 * A typed date in ISO form where its reading is certain: '2016/7/13', '2016.07.13',
 * '2016年7月13日', '２０１６－０７－１３' and '20160713' all become '2016-07-13' (year first, as
 * dates are written in China). Anything else comes back normalised but otherwise as typed.
 */
export function normalizeDate(value: string): string {
  const text = normalizeTyped(value);
  const m =
    /^(\d{4}) ?[-/.年] ?(\d{1,2}) ?[-/.月] ?(\d{1,2}) ?日?$/.exec(text) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  return m ? `${m[1]}-${pad(m[2] ?? '')}-${pad(m[3] ?? '')}` : text;
}

/** Checks a date field as typed (see `normalizeDate`); `label` names the field (e.g. 出生日期). */
export function validateIsoDate(value: string, label: FieldLabel = '日期'): Check {
  const params = labelParams(label);
  const date = normalizeDate(value);
  if (date === '') return { ok: false, ...problem('REQUIRED', params) };
  if (!ISO_DATE.test(date)) return { ok: false, ...problem('DATE_FORMAT', params) };
  if (!isIsoDate(date))
    return { ok: false, ...problem('DATE_INVALID', { ...params, value: date }) };
  return { ok: true, value: date };
}

/**
 * Today's date in China (UTC+8, no daylight saving), whatever the server's own zone: "not in the
 * future" must mean the same to a worker in Zhengzhou and to a CI machine running on UTC.
 */
export function todayIso(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Full years of age on `onDate` (both 'YYYY-MM-DD'); a 29 February birthday counts on 1 March. */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [oy, om, od] = onDate.split('-').map(Number) as [number, number, number];
  const hadBirthday = om > bm || (om === bm && od >= bd);
  return oy - by - (hadBirthday ? 0 : 1);
}

/**
 * When a report over a period starting `startsOn` (YYYY-MM-DD) is due by default: the first
 * 31 October on or after the start — the 2016 notice's deadline for establishment.
 */
export function defaultReportDueOn(startsOn: string): string {
  const year = Number(startsOn.slice(0, 4));
  const due = `${year}-10-31`;
  return startsOn <= due ? due : `${year + 1}-10-31`;
}
