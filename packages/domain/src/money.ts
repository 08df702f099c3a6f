import type { Check } from './check.js';
import { problem } from './error-codes.js';
import { labelParams, type FieldLabel } from './labels.js';
import { toLocale, type Locale } from './locale.js';
import { MONEY_MAX_FEN } from './money-limits.js';
import { normalizeTyped } from './typing.js';

export * from './money-limits.js';

/*
 * Money is integer fen (分) everywhere: sums and comparisons stay exact, and a stored 0.1 + 0.2
 * can never turn into 0.30000000000000004 yuan. Text is converted by string arithmetic only.
 */

/** A money field as validators see it: its label, and its largest amount (MONEY_LIMITS). */
export type MoneyField = FieldLabel & { readonly maxFen?: number };

const AMOUNT = { label: '金额', labelEn: 'Amount' } as const;

function fieldOf(field: MoneyField | undefined) {
  const label = labelParams(field ?? AMOUNT);
  const max = (typeof field === 'object' ? field.maxFen : undefined) ?? MONEY_MAX_FEN;
  return { label, max };
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/** Whole yuan grouped for a message: 20000000 → '200,000'; 12345 → '123.45'. */
function yuanText(fen: number): string {
  const [yuan = '', cents = ''] = fenToYuan(fen).split('.');
  return groupThousands(yuan) + (cents === '00' ? '' : `.${cents}`);
}

/** Checks an amount in fen (an Int from the API, a number from a form) against its field's bound. */
export function validateFen(fen: number, field?: MoneyField): Check<number> {
  const { label, max } = fieldOf(field);
  if (typeof fen !== 'number' || !Number.isSafeInteger(fen)) {
    return { ok: false, ...problem('FEN_NOT_INTEGER', label) };
  }
  if (fen < 0) return { ok: false, ...problem('FEN_NEGATIVE', label) };
  if (fen > max)
    return { ok: false, ...problem('FEN_TOO_LARGE', { ...label, max: yuanText(max) }) };
  return { ok: true, value: fen };
}

// Whole yuan, plain or grouped by commas (or spaces) in threes, and up to two decimals.
const GROUPED = /^\d{1,3}(?:([, ])\d{3})(?:\1\d{3})*$/;

/**
 * Reads a yuan amount as people type it — "1234.5", "¥1,234.50", "１２００元", "12。5", ".5" —
 * into fen, without floats, never above the field's `maxFen` (by default the largest bound of
 * MONEY_LIMITS). What cannot be read gets the most specific code: REQUIRED, MONEY_NEGATIVE,
 * MONEY_INCOMPLETE ("12."), MONEY_SEPARATOR ("1,2"), MONEY_TOO_MANY_DECIMALS, MONEY_TOO_LARGE,
 * else MONEY_FORMAT ("1e9", "∞", "abc").
 */
export function parseYuan(text: string, field?: MoneyField): Check<number> {
  const { label, max } = fieldOf(field);
  const typed = normalizeTyped(text);
  const fail = (code: Parameters<typeof problem>[0], extra = {}) =>
    ({ ok: false, ...problem(code, { ...label, ...extra }) }) as const;
  if (typed === '') return fail('REQUIRED');
  const amount = typed
    .replace(/^\+/, '')
    .replace(/^¥ ?/, '')
    .replace(/ ?[元圆]$/, '');
  if (/^-/.test(amount) || /^-/.test(typed)) return fail('MONEY_NEGATIVE');
  const value = { value: typed };
  if (!/^[\d., ]+$/.test(amount) || !/\d/.test(amount)) return fail('MONEY_FORMAT', value);
  const [whole = '', decimals, ...more] = amount.split('.');
  if (more.length > 0 || / /.test(decimals ?? '')) return fail('MONEY_FORMAT', value);
  if (/,/.test(decimals ?? '')) return fail('MONEY_SEPARATOR', value);
  if (/[, ]/.test(whole) && !GROUPED.test(whole)) {
    return fail(/,/.test(whole) ? 'MONEY_SEPARATOR' : 'MONEY_FORMAT', value);
  }
  if (decimals === '') return fail('MONEY_INCOMPLETE', value);
  if ((decimals ?? '').length > 2) return fail('MONEY_TOO_MANY_DECIMALS');
  const digits = whole.replace(/[, ]/g, '').replace(/^0+(?=\d)/, '');
  const tooLarge = () => fail('MONEY_TOO_LARGE', { max: yuanText(max) });
  if (digits.length > 15) return tooLarge();
  const fen = Number(digits || '0') * 100 + Number((decimals ?? '').padEnd(2, '0'));
  return fen > max ? tooLarge() : { ok: true, value: fen };
}

/** Like `parseYuan`, for callers that treat bad input as a bug: throws with the Chinese message. */
export function yuanToFen(text: string, field?: MoneyField): number {
  const result = parseYuan(text, field);
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
 * How money is shown, the same in both languages: the currency is always the yuan, so English
 * mode writes "¥1,234.50" too (Intl would write "CN¥" there, next to a "¥" typed in the form).
 */
export const MONEY_DISPLAY = {
  'zh-CN': { symbol: '¥', group: ',', decimal: '.' },
  en: { symbol: '¥', group: ',', decimal: '.' },
} as const satisfies Record<Locale, { symbol: string; group: string; decimal: string }>;

/** Fen for display: 123450 → "¥1,234.50", -5 → "-¥0.05", in either locale (MONEY_DISPLAY). */
export function formatFen(fen: number, locale: Locale | string = 'zh-CN'): string {
  const { symbol, group, decimal } = MONEY_DISPLAY[toLocale(locale)];
  const [yuan = '', cents = ''] = fenToYuan(fen).replace('-', '').split('.');
  const grouped = yuan.replace(/\B(?=(\d{3})+$)/g, group);
  return `${fen < 0 ? '-' : ''}${symbol}${grouped}${decimal}${cents}`;
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
