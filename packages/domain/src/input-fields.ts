import { z } from 'zod';
import type { Check, Problem } from './check.js';
import { validateIsoDate } from './dates.js';
import type { DictionaryName } from './dictionaries/index.js';
import { isFixedCode, type FixedEntry } from './enumeration.js';
import { problem, type ErrorCode, type MessageParams } from './error-codes.js';
import type { FieldSpec } from './fields.js';
import { validateText } from './free-text.js';
import { normalizeIdNumber, parseIdNumber } from './id-number.js';
import { labelParams, type FieldLabel } from './labels.js';
import { validateFen } from './money.js';
import { normalizeTyped } from './typing.js';

/*
 * Building blocks of the input schemas. Every problem is raised as a zod "custom" issue whose
 * params carry one of ERROR_CODES and the message's parameters, and whose message is already
 * Chinese, so a console using zod directly and the API going through `toFieldErrors` show the
 * same words — and the console can render them in English from the parameters.
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

type Label = Pick<FieldSpec, 'label' | 'labelEn'>;

/** A custom issue carrying a stable code and the message's parameters, ready for `ctx.addIssue`. */
export function issue(code: ErrorCode, params: MessageParams = {}, path?: (string | number)[]) {
  return problemIssue(problem(code, params), path);
}

function problemIssue(found: Problem, path?: (string | number)[]) {
  return {
    code: 'custom' as const,
    message: found.message,
    params: { code: found.code, values: found.params ?? {} },
    ...(path ? { path } : {}),
  };
}

// Forms and spreadsheets send "" or null for an empty cell; surrounding spaces are typing noise,
// and a cell holding only (full-width or invisible) spaces is empty too.
function clean(value: unknown): unknown {
  if (value === null) return undefined;
  if (typeof value === 'string') return normalizeTyped(value) === '' ? undefined : value.trim();
  return value;
}

/** A field that must be filled in: missing, null or blank gives REQUIRED and nothing else. */
export function required<T extends z.ZodType>(field: Label, inner: T) {
  return z.preprocess((value, ctx) => {
    const cleaned = clean(value);
    if (cleaned === undefined) ctx.addIssue(issue('REQUIRED', labelParams(field)));
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

/**
 * A record or a list: anything else is refused once, as INVALID_TYPE naming it, before its own
 * fields are looked at.
 */
export function shaped<T extends z.ZodType>(label: FieldLabel, kind: 'object' | 'array', inner: T) {
  return z.preprocess((value, ctx) => {
    const fits =
      kind === 'array'
        ? Array.isArray(value)
        : typeof value === 'object' && value !== null && !Array.isArray(value);
    if (!fits) ctx.addIssue(issue('INVALID_TYPE', labelParams(label)));
    return value;
  }, inner);
}

const typeError = (field: Label) => () => problem('INVALID_TYPE', labelParams(field)).message;

/** A string checked and normalised by one of the package's validators (mobile, bank card…). */
export function validated<T = string>(field: Label, check: (value: string) => Check<T>) {
  return z.string({ error: typeError(field) }).transform((value, ctx) => {
    const result = check(value);
    if (result.ok) return result.value;
    ctx.addIssue(problemIssue(result));
    return z.NEVER;
  });
}

/** Free text: no control characters, at most `maxLength` characters (200 when unset). */
export function text(field: Label & Pick<FieldSpec, 'maxLength'>) {
  return validated(field, (value) => validateText(value, field));
}

export function bool(field: Label) {
  return z.boolean({ error: typeError(field) });
}

/** A date as typed ('2016-07-13', '2016/7/13', '2016年7月13日'…), real, from 1900 to today. */
export function date(field: Label, rules: Rules) {
  return validated(field, (value) => {
    const result = validateIsoDate(value, field);
    if (!result.ok) return result;
    if (result.value < '1900-01-01') {
      return { ok: false, ...problem('DATE_TOO_EARLY', labelParams(field)) };
    }
    if (result.value > rules.today()) {
      return { ok: false, ...problem('DATE_IN_FUTURE', labelParams(field)) };
    }
    return result;
  });
}

/** Money in fen: a non-negative safe integer, at most the field's `maxFen`. */
export function fen(field: Label & Pick<FieldSpec, 'maxFen'>) {
  return z.number({ error: typeError(field) }).superRefine((value, ctx) => {
    const result = validateFen(value, field);
    if (!result.ok) ctx.addIssue(problemIssue(result));
  });
}

/**
 * A number that may arrive typed as text ("3", "８５.５", "85.5平方米"): plain decimal text
 * becomes a number, anything else stays as it was for the field's own check to refuse.
 */
export function typedNumber(value: unknown, unit?: RegExp): unknown {
  if (typeof value !== 'string') return value;
  const typed = normalizeTyped(value);
  const text = unit ? typed.replace(unit, '').trim() : typed;
  return /^\d{1,15}(\.\d{1,15})?$/.test(text) ? Number(text) : value;
}

/** A code of an editable dictionary, checked against the live dictionary. */
export function dictionaryCode(field: Label & { dictionary: DictionaryName }, rules: Rules) {
  return z.string({ error: typeError(field) }).superRefine((value, ctx) => {
    if (!rules.isSelectable(field.dictionary, value)) {
      ctx.addIssue(issue('NOT_IN_DICTIONARY', { ...labelParams(field), value }));
    }
  });
}

/** A code of one of the seed's fixed lists; the output is typed as that list's union. */
export function fixedCode<C extends string>(
  list: Readonly<Record<C, FixedEntry<C>>>,
  field: Label,
) {
  const refused = problem('INVALID_OPTION', labelParams(field));
  return z
    .string({ error: typeError(field) })
    .refine((value): value is C => isFixedCode(list, value), {
      error: refused.message,
      params: { code: refused.code, values: refused.params },
    });
}

/** Several codes of a fixed list; absent means none chosen. */
export function fixedCodes<C extends string>(
  list: Readonly<Record<C, FixedEntry<C>>>,
  field: Label,
) {
  return defaulted(z.array(fixedCode(list, field), { error: typeError(field) }), []);
}

/** An ID number, normalised (full-width digits, spaces dropped, x upper-cased) and fully checked. */
export function idNumber(field: Label, rules: Rules) {
  return validated(field, (value): Check => {
    const parsed = parseIdNumber(value, { today: rules.today() });
    return parsed.ok ? { ok: true, value: normalizeIdNumber(value) } : parsed;
  });
}
