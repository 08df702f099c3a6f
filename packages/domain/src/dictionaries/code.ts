import type { Check } from '../check.js';
import { problem } from '../error-codes.js';
import { normalizeTyped } from '../typing.js';

/** Longest code a province admin may give a new dictionary entry. */
export const DICTIONARY_CODE_MAX = 40;

// The shapes the shipped codes already have: a standard's digits (民族 01, 政治面貌 13) or an
// upper-case mnemonic (DISABLED, 行业 C). Codes end up in exports, URLs and logs, so nothing else.
const CODE = new RegExp(`^(?:[0-9]{1,4}|[A-Z][A-Z0-9_]{0,${DICTIONARY_CODE_MAX - 1}})$`);

/** Checks the code of a new dictionary entry; full-width characters and surrounding spaces are typing noise. */
export function validateDictionaryCode(value: string): Check {
  const code = normalizeTyped(value);
  if (code === '') return { ok: false, ...problem('REQUIRED', { label: '代码', labelEn: 'Code' }) };
  return CODE.test(code)
    ? { ok: true, value: code }
    : { ok: false, ...problem('DICTIONARY_CODE_FORMAT', { max: DICTIONARY_CODE_MAX }) };
}
