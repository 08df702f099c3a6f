import { isRealDate, todayIso } from './dates.js';
import { problem, type ErrorCode, type MessageParams } from './error-codes.js';
import { hasProvincePrefix } from './region.js';
import { normalizeTyped } from './typing.js';

/** Sex as the ID number encodes it (17th digit odd = male). */
export type Sex = 'MALE' | 'FEMALE';

export type IdNumberResult =
  | { ok: true; birthDate: string; sex: Sex; regionCode: string }
  | { ok: false; code: ErrorCode; message: string; params?: MessageParams };

// GB 11643-1999: weight of each of the first 17 digits, and the check character for sum mod 11.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const EARLIEST_BIRTH_YEAR = 1900;

/**
 * Removes what people type around an ID number — full-width digits or Ｘ from a Chinese input
 * method or a spreadsheet (`normalizeTyped`), spaces and hyphens between groups of digits — and
 * upper-cases the check character x.
 */
export function normalizeIdNumber(value: string): string {
  return normalizeTyped(value).replace(/[ -]/g, '').toUpperCase();
}

/** The check character for the first 17 digits (handy for demo data and tests). */
export function idNumberCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('idNumberCheckChar needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

/**
 * Reads a resident ID number (GB 11643-1999): region, birth date, sex, check character.
 * Checks run from the most to the least obvious mistake, so that a wrong digit in the birth date
 * is reported as a bad date rather than as a bad check character.
 * `today` ('YYYY-MM-DD') is for tests; by default it is today's date in China.
 */
export function parseIdNumber(value: string, options: { today?: string } = {}): IdNumberResult {
  const id = normalizeIdNumber(value);
  const fail = (code: ErrorCode, params?: MessageParams): IdNumberResult => ({
    ok: false,
    ...problem(code, params),
  });

  if (id === '') return fail('ID_NUMBER_REQUIRED');
  // A letter, a sign or an emoji is wrong whatever the length; only digits and X are counted.
  if (/[^\dX]/.test(id)) return fail('ID_NUMBER_FORMAT');
  if (id.length === 15 && /^\d{15}$/.test(id)) return fail('ID_NUMBER_LEGACY_15');
  if (id.length !== 18) return fail('ID_NUMBER_LENGTH', { length: id.length });
  if (!/^\d{17}[\dX]$/.test(id)) return fail('ID_NUMBER_FORMAT');

  const regionCode = id.slice(0, 6);
  if (!hasProvincePrefix(regionCode)) return fail('ID_NUMBER_REGION', { value: regionCode });

  const digits = id.slice(6, 14);
  const [year, month, day] = [digits.slice(0, 4), digits.slice(4, 6), digits.slice(6, 8)];
  if (Number(year) < EARLIEST_BIRTH_YEAR || !isRealDate(Number(year), Number(month), Number(day))) {
    return fail('ID_NUMBER_BIRTH_DATE', { value: digits });
  }
  const birthDate = `${year}-${month}-${day}`;
  if (birthDate > (options.today ?? todayIso())) return fail('ID_NUMBER_FUTURE');

  const expected = idNumberCheckChar(id.slice(0, 17));
  if (id[17] !== expected) return fail('ID_NUMBER_CHECKSUM', { expected });

  return { ok: true, birthDate, sex: Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE', regionCode };
}

/** The `sex` dictionary codes (GB/T 2261.1) for the two values an ID number carries. */
export const SEX_CODES = { MALE: '1', FEMALE: '2' } as const satisfies Record<Sex, string>;
