import type { Check } from './check.js';
import { problem } from './error-codes.js';
import { labelParams, type FieldLabel } from './labels.js';
import { normalizeTyped } from './typing.js';

/**
 * GB/T 2260 province-level codes (the first two digits of every division code and ID number):
 * 11–15 north, 21–23 north-east, 31–37 east, 41–46 central-south, 50–54 south-west,
 * 61–65 north-west, 71 Taiwan, 81 Hong Kong, 82 Macao.
 */
// prettier-ignore
export const PROVINCE_CODES = [
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82',
] as const;

const PROVINCES: ReadonlySet<string> = new Set(PROVINCE_CODES);

/** Whether a 6-digit code starts with a real province code (a cheap plausibility check). */
export function hasProvincePrefix(code: string): boolean {
  return PROVINCES.has(code.slice(0, 2));
}

/**
 * Checks a 6-digit GB/T 2260 division code (e.g. 户口所在地行政区划), full-width digits and spaces
 * ("４１０ １０５") allowed; `label` names the field.
 */
export function validateDivisionCode(value: string, label: FieldLabel = '行政区划代码'): Check {
  const params = labelParams(label);
  const code = normalizeTyped(value).replace(/ /g, '');
  if (code === '') return { ok: false, ...problem('REQUIRED', params) };
  if (!/^\d{6}$/.test(code)) return { ok: false, ...problem('DIVISION_CODE_FORMAT', params) };
  if (!hasProvincePrefix(code)) {
    return { ok: false, ...problem('DIVISION_CODE_PROVINCE', { ...params, value: code }) };
  }
  return { ok: true, value: code };
}
