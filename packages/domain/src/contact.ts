import type { Check } from './check.js';
import { problem } from './error-codes.js';

// Separators people type inside numbers ("138 0013 8000", "138-0013-8000"); never meaningful.
const SEPARATORS = /[\s-]+/g;

/** Mainland mobile number: 11 digits, 1 then 3–9. Spaces and hyphens are dropped. */
export function validateMobile(value: string): Check {
  const mobile = value.replace(SEPARATORS, '');
  return /^1[3-9]\d{9}$/.test(mobile)
    ? { ok: true, value: mobile }
    : { ok: false, ...problem('MOBILE_FORMAT') };
}

/** Postal code (邮政编码): 6 digits. */
export function validatePostalCode(value: string): Check {
  const code = value.trim();
  return /^\d{6}$/.test(code)
    ? { ok: true, value: code }
    : { ok: false, ...problem('POSTAL_CODE_FORMAT') };
}

/**
 * A contact phone of staff (帮扶责任人, 工会联络人): a mobile, or a landline with or without its
 * area code ("0371-65551234", "65551234"). Spaces, hyphens and brackets are dropped.
 */
export function validatePhone(value: string, label = '联系电话'): Check {
  const phone = value.replace(/[\s\-()（）]+/g, '');
  if (/^1\d{10}$/.test(phone)) {
    return validateMobile(phone).ok
      ? { ok: true, value: phone }
      : { ok: false, ...problem('PHONE_FORMAT', { label }) };
  }
  return /^(0\d{2,3})?[2-9]\d{6,7}$/.test(phone)
    ? { ok: true, value: phone }
    : { ok: false, ...problem('PHONE_FORMAT', { label }) };
}
