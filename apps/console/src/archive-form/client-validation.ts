import {
  makeArchiveInputSchema,
  parseYuan,
  renderFieldError,
  toFieldErrors,
  type DictionaryName,
  type FieldError,
} from '@bangfu/domain';
import { validationHttpError } from '../data/form-errors.js';
import type { SchemaModel } from '../schema-model/types.js';
import {
  MONEY_FIELDS,
  sensitiveFields,
  toArchiveInput,
  unchangedMaskedPaths,
  type FormValues,
} from './form-values.js';

/*
 * The archive form checked in the browser with the domain's own zod schema, before anything is
 * sent: the same rules and the same Chinese messages as the API's ValidationError.
 */

export type IsSelectable = (dictionary: DictionaryName, code: string) => boolean;

/** Money typed in yuan that could not be read stays text in the form; parseYuan says why. */
function moneyErrors(values: FormValues): FieldError[] {
  const errors: FieldError[] = [];
  for (const path of MONEY_FIELDS) {
    const [head, , field] = path.split('.');
    const rows = path.includes('*')
      ? ((values[head!] as FormValues[] | undefined) ?? [])
      : [values];
    rows.forEach((row, i) => {
      const value = row?.[field ?? head!];
      if (typeof value !== 'string' || value.trim() === '') return;
      const parsed = parseYuan(value);
      if (!parsed.ok) {
        const at = field ? [head!, String(i), field] : [head!];
        errors.push({ path: at, code: parsed.code, message: parsed.message });
      }
    });
  }
  return errors;
}

/** Every problem with the form, as field errors in API paths. */
export function archiveFieldErrors(
  model: SchemaModel,
  values: FormValues,
  options: { original?: FormValues; isSelectable?: IsSelectable } = {},
): FieldError[] {
  const money = moneyErrors(values);
  const typed = new Set(money.map((e) => e.path.join('.')));
  // Unreadable money is checked above; the schema sees it as not filled in.
  const readable = money.length
    ? Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typed.has(k) ? null : v]))
    : values;
  const input = toArchiveInput(model, readable);
  const parsed = makeArchiveInputSchema(
    options.isSelectable ? { isSelectable: options.isSelectable } : {},
  ).safeParse(input);
  const masked = unchangedMaskedPaths(values, options.original, sensitiveFields(model));
  const schema = parsed.success
    ? []
    : toFieldErrors(parsed.error).filter((e) => {
        const path = e.path.join('.');
        return !masked.has(path) && !typed.has(path);
      });
  return [...money, ...schema];
}

/**
 * The same problems shaped like the form, for react-admin's `validate` (undefined when none),
 * each message a plain string in the console's language.
 */
export function validateArchiveForm(
  model: SchemaModel,
  values: FormValues,
  options: { original?: FormValues; isSelectable?: IsSelectable; locale?: string } = {},
): Record<string, unknown> | undefined {
  const errors = archiveFieldErrors(model, values, options).map((e) => ({
    ...e,
    message: renderFieldError(e, options.locale),
  }));
  if (errors.length === 0) return undefined;
  const { root: _, ...byField } = validationHttpError('', errors).body.errors as Record<
    string,
    unknown
  >;
  return byField;
}
