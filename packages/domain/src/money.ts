import type { Check } from './check.js';
import { problem } from './error-codes.js';

/*
 * Money is integer fen (分) everywhere: sums and comparisons stay exact, and a stored 0.1 + 0.2
 * can never turn into 0.30000000000000004 yuan. Text is converted by string arithmetic only.
 */

// Optional ¥/￥, whole yuan (plain or with well-formed thousands separators), up to 2 decimals.
const YUAN = /^[¥￥]?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?$/;

/** Parses a yuan amount such as "1234.5", "¥1,234.50" or "0.05" into fen, without floats. */
export function parseYuan(text: string): Check<number> {
  const trimmed = text.trim();
  if (/^-/.test(trimmed.replace(/^[¥￥]/, ''))) return { ok: false, ...problem('MONEY_NEGATIVE') };
  const m = YUAN.exec(trimmed);
  if (!m || m[2] === '') return { ok: false, ...problem('MONEY_FORMAT', { value: text }) };
  const decimals = m[2] ?? '';
  if (decimals.length > 2) return { ok: false, ...problem('MONEY_TOO_MANY_DECIMALS') };
  const fen = Number((m[1] ?? '').replaceAll(',', '')) * 100 + Number(decimals.padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) return { ok: false, ...problem('MONEY_TOO_LARGE') };
  return { ok: true, value: fen };
}

/** Like `parseYuan`, for callers that treat bad input as a bug: throws with the Chinese message. */
export function yuanToFen(text: string): number {
  const result = parseYuan(text);
  if (!result.ok) throw new RangeError(`${result.code}: ${result.message}`);
  return result.value;
}

function assertFen(fen: number): void {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`fen must be a safe integer, got ${fen}`);
}

/** Fen as a plain yuan string with two decimals: 123450 → "1234.50", -5 → "-0.05". */
export function fenToYuan(fen: number): string {
  assertFen(fen);
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  return `${fen < 0 ? '-' : ''}${yuan}.${cents}`;
}

/**
 * Fen for display: 123450 → "¥1,234.50" (zh-CN). The yuan string goes to Intl as a decimal
 * string, which Intl formats exactly, so large sums are not rounded through a float.
 */
export function formatFen(fen: number, locale = 'zh-CN'): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'CNY',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(fenToYuan(fen) as `${number}`);
}

/**
 * 家庭月人均收入: household annual income ÷ 12 months ÷ household size, rounded half up to a
 * whole fen. Integer arithmetic: the quotient is corrected by the remainder, so the result is
 * exact for any safe-integer income (a float division could be one fen off near 2^53).
 * Example: 3 000 000 fen a year for 4 people → 62 500 fen (625.00 yuan) a month each.
 */
export function monthlyIncomePerMemberFen(
  householdAnnualIncomeFen: number,
  householdSize: number,
): number {
  assertFen(householdAnnualIncomeFen);
  if (householdAnnualIncomeFen < 0) throw new RangeError('household income cannot be negative');
  if (!Number.isInteger(householdSize) || householdSize < 1) {
    throw new RangeError(`household size must be a positive integer, got ${householdSize}`);
  }
  const divisor = 12 * householdSize;
  let quotient = Math.floor(householdAnnualIncomeFen / divisor);
  let remainder = householdAnnualIncomeFen - quotient * divisor;
  if (remainder < 0) {
    quotient -= 1;
    remainder += divisor;
  } else if (remainder >= divisor) {
    quotient += 1;
    remainder -= divisor;
  }
  return remainder * 2 >= divisor ? quotient + 1 : quotient;
}
