import type { Check } from './check.js';
import { problem } from './error-codes.js';
import { normalizeTyped } from './typing.js';

import { validatePhone } from './phone.js';

export { validatePhone };

const MOBILE = { label: '手机号码', labelEn: 'Mobile' } as const;
const POSTAL_CODE = { label: '邮政编码', labelEn: 'Postal code' } as const;

/**
 * A mainland mobile number as its 11 digits: full-width digits, spaces, hyphens, brackets and a
 * leading +86 / 0086 / 86 dropped ("+86 138-1234-5678" → "13812345678"). A mobile is kept in this
 * one canonical form, unlike other phones: it has no area code or extension whose writing carries
 * meaning, masking (138****5678) counts on its 11 digits, and one number typed two ways must
 * compare equal.
 */
export function normalizeMobile(value: string): string {
  const digits = normalizeTyped(value).replace(/[ \-()]/g, '');
  return digits.replace(/^(?:\+|00)?86(?=1\d{10}$)/, '');
}

/**
 * Mainland mobile number: 11 digits, 1 then 3–9 (see `normalizeMobile` for what is dropped). A
 * landline is refused with MOBILE_IS_LANDLINE, which points to 其他联系方式.
 */
export function validateMobile(value: string): Check {
  const mobile = normalizeMobile(value);
  if (mobile === '') return { ok: false, ...problem('REQUIRED', MOBILE) };
  if (/^1[3-9]\d{9}$/.test(mobile)) return { ok: true, value: mobile };
  // A landline in the mobile field belongs in 其他联系方式: say so rather than only "11 digits".
  const phone = validatePhone(value);
  return phone.ok
    ? { ok: false, ...problem('MOBILE_IS_LANDLINE', { value: phone.value }) }
    : { ok: false, ...problem('MOBILE_FORMAT') };
}

/** Postal code (邮政编码): 6 digits, full-width digits and spaces allowed. */
export function validatePostalCode(value: string): Check {
  const code = normalizeTyped(value).replace(/ /g, '');
  if (code === '') return { ok: false, ...problem('REQUIRED', POSTAL_CODE) };
  return /^\d{6}$/.test(code)
    ? { ok: true, value: code }
    : { ok: false, ...problem('POSTAL_CODE_FORMAT') };
}
