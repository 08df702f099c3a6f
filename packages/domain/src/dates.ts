import type { Check } from './check.js';
import { problem } from './error-codes.js';

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

/** Checks a date field; `label` names the field in the message (e.g. 出生日期). */
export function validateIsoDate(value: string, label = '日期'): Check {
  const trimmed = value.trim();
  if (!ISO_DATE.test(trimmed)) return { ok: false, ...problem('DATE_FORMAT', { label }) };
  if (!isIsoDate(trimmed)) {
    return { ok: false, ...problem('DATE_INVALID', { label, value: trimmed }) };
  }
  return { ok: true, value: trimmed };
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
