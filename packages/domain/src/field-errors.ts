import type { z } from 'zod';
import {
  formatErrorMessage,
  isErrorCode,
  messageSlots,
  type MessageParams,
} from './error-codes.js';
import { ARCHIVE_FIELDS, DETERMINATION_FIELDS, MEMBER_FIELDS, type FieldSpec } from './fields.js';
import { labelParams } from './labels.js';
import { toLocale, type Locale } from './locale.js';

/** One problem with one input field, the shape of the API's `ValidationError.fieldErrors`. */
export interface FieldError {
  /** Path into the input, every segment a string: ['members', '2', 'idNumber']. */
  readonly path: string[];
  readonly code: string;
  /** Chinese, as the API sends it. */
  readonly message: string;
  /** The message's `{…}` values, so `renderFieldError` can say it in English too. */
  readonly params?: MessageParams;
}

// zod's own issue kinds, for the few built-in checks the schemas rely on (mostly wrong types).
const BUILT_IN_CODES: Readonly<Record<string, string>> = {
  invalid_type: 'INVALID_TYPE',
  invalid_value: 'INVALID_OPTION',
};

function fieldAt(path: readonly string[]): FieldSpec | undefined {
  const [head, second, third] = path;
  if (head === 'members' && third !== undefined) {
    return MEMBER_FIELDS[third as keyof typeof MEMBER_FIELDS];
  }
  if (head === 'determination' && second !== undefined) {
    return DETERMINATION_FIELDS[second as keyof typeof DETERMINATION_FIELDS];
  }
  return head === undefined ? undefined : ARCHIVE_FIELDS[head as keyof typeof ARCHIVE_FIELDS];
}

// The same column labels (姓名, 身份证号…) appear on the worker and on each household member.
function memberRow(path: readonly (string | number)[], locale: Locale): string {
  if (path[0] !== 'members' || path.length < 3 || !/^\d+$/.test(String(path[1]))) return '';
  const row = Number(path[1]) + 1;
  return locale === 'en' ? `Household member ${row}: ` : `第${row}位家庭成员：`;
}

/** What `renderFieldError` needs: a code, and what it has of message, parameters and path. */
export interface RenderableError {
  readonly code: string;
  readonly message?: string;
  readonly params?: MessageParams;
  readonly path?: readonly (string | number)[];
}

/**
 * A field error as words for `locale`. Chinese is the error's own `message` when it has one (the
 * API's wording is authoritative); English is rendered from the code's template and `params`,
 * naming the household member the path points into. An error the package cannot render (a code
 * of the API's own, parameters missing) falls back to its message, so the result is always a
 * non-empty plain string.
 */
export function renderFieldError(
  error: RenderableError,
  locale: Locale | string = 'zh-CN',
): string {
  const lang = toLocale(locale);
  const given = typeof error.message === 'string' && error.message.trim() !== '';
  if (lang === 'zh-CN' && given) return error.message as string;
  const params = error.params ?? {};
  const { code } = error;
  if (
    isErrorCode(code) &&
    messageSlots(code, lang).every((s) => params[s] !== undefined || params[`${s}En`] !== undefined)
  ) {
    return memberRow(error.path ?? [], lang) + formatErrorMessage(code, params, lang);
  }
  if (given) return error.message as string;
  return lang === 'en' ? 'This value cannot be accepted; please check it' : '输入有误，请核对';
}

function fieldError(path: string[], code: string, params: MessageParams): FieldError {
  const message = renderFieldError({ path, code, params });
  return Object.keys(params).length ? { path, code, message, params } : { path, code, message };
}

/**
 * Turns a zod error from the domain schemas into field errors with stable codes, Chinese messages
 * and their parameters. A problem inside a household member names the row, since the same column
 * labels appear on the worker too: "第3位家庭成员：身份证号校验位不符…".
 */
export function toFieldErrors(error: Pick<z.ZodError, 'issues'>): FieldError[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    const custom = issue.code === 'custom' ? issue.params : undefined;
    if (typeof custom?.code === 'string') {
      const params = (custom.values ?? {}) as MessageParams;
      const found = fieldError(path, custom.code, params);
      return isErrorCode(custom.code) ? found : { ...found, message: issue.message };
    }
    const code = BUILT_IN_CODES[issue.code] ?? 'INVALID_TYPE';
    return fieldError(path, code, labelParams(fieldAt(path) ?? '输入'));
  });
}
