import type { Check } from './check.js';
import { problem } from './error-codes.js';
import { labelParams, type FieldLabel } from './labels.js';
import { normalizeTyped } from './typing.js';

/*
 * A contact phone of staff (帮扶责任人, 工会联络人) is kept as it was typed, tidied, because the
 * way a landline is written carries meaning to the person who dials it: "0371-63800001" stays
 * "0371-63800001", never "037163800001". The rule:
 * - the digits are checked: a mobile (11 digits, 1 then 3–9), or a landline — an area code
 *   (010, 02x or 0 + three digits) and a 7–8 digit local number starting 2–9, or the local
 *   number alone; a leading +86 or 0086 stands for the area code's 0;
 * - a landline may end with an extension of 1–6 digits after 转, 分机, ext, x, # or a hyphen (the
 *   hyphen only when the digits before it are a whole number and the digits with it are not);
 * - written between the digits: spaces, hyphens, brackets and the leading +;
 * - the tidy form: half-width (`normalizeTyped`), one space where several were typed, no spaces
 *   around hyphens or inside brackets, "ext" / "x" written " ext. ";
 * - a mobile is kept as its 11 digits, as in `normalizeMobile`.
 */

const PHONE = { label: '联系电话', labelEn: 'Phone' } as const;
const LONGEST = 40;

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0(?:10|2\d|[3-9]\d{2})[2-9]\d{6,7}$/;
const LOCAL = /^[2-9]\d{6,7}$/;
const MARKED_EXTENSION = /^(.*?) ?(转|分机|ext\.?|x|#) ?(\d{1,6})$/i;
const HYPHEN_EXTENSION = /^(.*\d) ?- ?(\d{1,6})$/;

type Kind = 'mobile' | 'landline';

function kindOf(written: string): Kind | undefined {
  if (!/^[\d ()+-]+$/.test(written)) return undefined;
  const compact = written.replace(/[ ()-]/g, '');
  const abroad = /^(?:\+|00)86(\d+)$/.exec(compact)?.[1];
  if (abroad !== undefined) {
    if (MOBILE.test(abroad)) return 'mobile';
    return LANDLINE.test(abroad) || LANDLINE.test(`0${abroad}`) ? 'landline' : undefined;
  }
  if (!/^\d+$/.test(compact)) return undefined;
  const national = compact.replace(/^86(?=1\d{10}$)/, '');
  if (MOBILE.test(national)) return 'mobile';
  return LANDLINE.test(national) || LOCAL.test(national) ? 'landline' : undefined;
}

function tidy(written: string): string {
  return written.replace(/ ?- ?/g, '-').replace(/\( /g, '(').replace(/ \)/g, ')');
}

function extensionMark(marker: string): string {
  return /^(?:ext\.?|x)$/i.test(marker) ? ' ext. ' : marker;
}

function readPhone(typed: string): string | undefined {
  const whole = kindOf(typed);
  if (whole === 'mobile') return typed.replace(/\D/g, '').slice(-11);
  if (whole === 'landline') return tidy(typed);
  const marked = MARKED_EXTENSION.exec(typed);
  if (marked && kindOf(marked[1] ?? '') === 'landline') {
    return tidy(marked[1] ?? '') + extensionMark(marked[2] ?? '') + (marked[3] ?? '');
  }
  const hyphen = HYPHEN_EXTENSION.exec(typed);
  if (hyphen && kindOf(hyphen[1] ?? '') === 'landline') {
    return `${tidy(hyphen[1] ?? '')}-${hyphen[2] ?? ''}`;
  }
  return undefined;
}

/** A staff phone, checked and tidied as the rule above says; `label` names the field. */
export function validatePhone(value: string, label: FieldLabel = PHONE): Check {
  const params = labelParams(label);
  const typed = normalizeTyped(value);
  if (typed === '') return { ok: false, ...problem('REQUIRED', params) };
  const phone = typed.length <= LONGEST ? readPhone(typed) : undefined;
  return phone === undefined
    ? { ok: false, ...problem('PHONE_FORMAT', params) }
    : { ok: true, value: phone };
}
