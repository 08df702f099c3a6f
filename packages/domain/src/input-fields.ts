import { z } from 'zod';
import type { Check } from './check.js';
import { validateIsoDate } from './dates.js';
import type { DictionaryName } from './dictionaries/index.js';
import { isFixedCode, type FixedEntry } from './enumeration.js';
import { formatErrorMessage, type ErrorCode } from './error-codes.js';
import type { FieldSpec } from './fields.js';
import { normalizeIdNumber, parseIdNumber } from './id-number.js';

/*
 * Building blocks of the input schemas. Every problem is raised as a zod "custom" issue whose
 * params.code is one of ERROR_CODES and whose message is already Chinese, so a console using zod
 * directly and the API going through `toFieldErrors` show the same words.
 */

/** What the schemas need from the outside world; both have defaults. */
export interface SchemaOptions {
  /** Whether a dictionary code may be chosen now (dictionaries are edited at run time). */
  readonly isSelectable?: (dictionary: DictionaryName, code: string) => boolean;
  /** Today as 'YYYY-MM-DD'; asked at each parse so a long-running server never goes stale. */
  readonly today?: () => string;
}

/** SchemaOptions with the defaults filled in. */
export type Rules = Required<SchemaOptions>;

type Label = Pick<FieldSpec, 'label'>;
type Params = Readonly<Record<string, string | number>>;

/** A custom issue carrying a stable code, ready for `ctx.addIssue`. */
export function issue(code: ErrorCode, params: Params = {}, path?: (string | number)[]) {
  return {
    code: 'custom' as const,
    message: formatErrorMessage(code, params),
    params: { code },
    ...(path ? { path } : {}),
  };
}

// Forms and spreadsheets send "" or null for an empty cell; surrounding spaces are typing noise.
function clean(value: unknown): unknown {
  if (value === null) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  return value;
}

/** A field that must be filled in: missing, null or blank gives REQUIRED and nothing else. */
export function required<T extends z.ZodType>(field: Label, inner: T) {
  return z.preprocess((value, ctx) => {
    const cleaned = clean(value);
    if (cleaned === undefined) ctx.addIssue(issue('REQUIRED', { label: field.label }));
    return cleaned;
  }, inner);
}

/** A field that may be left empty; empty becomes absent. */
export function optional<T extends z.ZodType>(inner: T) {
  return z.preprocess(clean, inner.optional());
}

/** A field that may be left empty; empty becomes `fallback` (false, an empty list…). */
export function defaulted<T extends z.ZodType>(inner: T, fallback: z.output<T>) {
  return z.preprocess((value) => clean(value) ?? fallback, inner);
}

const typeError = (field: Label) => () =>
  formatErrorMessage('INVALID_TYPE', { label: field.label });

export function text(field: Label & Pick<FieldSpec, 'maxLength'>) {
  const max = field.maxLength ?? 200;
  return z.string({ error: typeError(field) }).superRefine((value, ctx) => {
    // Count characters, not UTF-16 units: a rare Han character outside the BMP is one character.
    if ([...value].length > max) ctx.addIssue(issue('TEXT_TOO_LONG', { label: field.label, max }));
  });
}

export function bool(field: Label) {
  return z.boolean({ error: typeError(field) });
}

/** 'YYYY-MM-DD', real, from 1900 on and not after today. */
export function date(field: Label, rules: Rules) {
  return z.string({ error: typeError(field) }).superRefine((value, ctx) => {
    const result = validateIsoDate(value, field.label);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.message, params: { code: result.code } });
    } else if (value < '1900-01-01') {
      ctx.addIssue(issue('DATE_TOO_EARLY', { label: field.label }));
    } else if (value > rules.today()) {
      ctx.addIssue(issue('DATE_IN_FUTURE', { label: field.label }));
    }
  });
}

/** Money in fen: a non-negative safe integer. */
export function fen(field: Label) {
  return z.number({ error: typeError(field) }).superRefine((value, ctx) => {
    if (!Number.isSafeInteger(value))
      ctx.addIssue(issue('FEN_NOT_INTEGER', { label: field.label }));
    else if (value < 0) ctx.addIssue(issue('FEN_NEGATIVE', { label: field.label }));
  });
}

/** A code of an editable dictionary, checked against the live dictionary. */
export function dictionaryCode(field: Label & { dictionary: DictionaryName }, rules: Rules) {
  return z.string({ error: typeError(field) }).superRefine((value, ctx) => {
    if (!rules.isSelectable(field.dictionary, value)) {
      ctx.addIssue(issue('NOT_IN_DICTIONARY', { label: field.label, value }));
    }
  });
}

/** A code of one of the seed's fixed lists; the output is typed as that list's union. */
export function fixedCode<C extends string>(
  list: Readonly<Record<C, FixedEntry<C>>>,
  field: Label,
) {
  return z
    .string({ error: typeError(field) })
    .refine((value): value is C => isFixedCode(list, value), {
      error: formatErrorMessage('INVALID_OPTION', { label: field.label }),
      params: { code: 'INVALID_OPTION' },
    });
}

/** Several codes of a fixed list; absent means none chosen. */
export function fixedCodes<C extends string>(
  list: Readonly<Record<C, FixedEntry<C>>>,
  field: Label,
) {
  return defaulted(z.array(fixedCode(list, field), { error: typeError(field) }), []);
}

/** A string checked and normalised by one of the package's validators (mobile, bank card…). */
export function validated(field: Label, check: (value: string) => Check) {
  return z.string({ error: typeError(field) }).transform((value, ctx) => {
    const result = check(value);
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: result.message, params: { code: result.code } });
    return z.NEVER;
  });
}

/** An ID number, normalised (spaces dropped, x upper-cased) and fully checked. */
export function idNumber(field: Label, rules: Rules) {
  return validated(field, (value) => {
    const parsed = parseIdNumber(value, { today: rules.today() });
    return parsed.ok
      ? { ok: true, value: normalizeIdNumber(value) }
      : { ok: false, code: parsed.code, message: parsed.message };
  });
}
