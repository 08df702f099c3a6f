import { ARCHIVE_FIELDS, MEMBER_FIELDS } from '@bangfu/domain';
import { toInput } from '../data/records.js';
import type { SchemaModel } from '../schema-model/types.js';

/*
 * Between the archive form's values and ArchiveInput. The form holds the API's names and shapes
 * (money in fen, codes, 'YYYY-MM-DD' dates), so a record read from the API is the form's
 * starting values as it is; only what the input type accepts is sent back.
 */

export type FormValues = Record<string, unknown>;

/** Fields the API masks and accepts back unchanged as "keep the stored value". */
export function sensitiveFields(model: SchemaModel): string[] {
  return model.enums.SensitiveField?.values.map((v) => v.value) ?? [];
}

/** A value as the API shows it masked (410105********002X, 138****5678). */
export function isMasked(value: unknown): value is string {
  return typeof value === 'string' && value.includes('*');
}

/**
 * Paths (as zod reports them, 'members.2.idNumber') whose value is still the masked one read
 * from the API: the API keeps what it stores there, so the form must neither check nor "fix" it.
 */
export function unchangedMaskedPaths(
  values: FormValues,
  original: FormValues | undefined,
  sensitive: readonly string[],
): Set<string> {
  const paths = new Set<string>();
  if (!original) return paths;
  for (const field of sensitive) {
    if (isMasked(values[field]) && values[field] === original[field]) paths.add(field);
  }
  const before = new Set(
    ((original.members as FormValues[] | undefined) ?? []).map((m) => m.idNumber).filter(isMasked),
  );
  ((values.members as FormValues[] | undefined) ?? []).forEach((member, i) => {
    if (isMasked(member?.idNumber) && before.has(member.idNumber)) {
      paths.add(`members.${i}.idNumber`);
    }
  });
  return paths;
}

/** Money fields of the form, as paths with `*` for a member row. */
export const MONEY_FIELDS = [
  ...Object.values(ARCHIVE_FIELDS)
    .filter((f) => f.kind === 'fen' && !('computed' in f && f.computed))
    .map((f) => f.name),
  ...Object.values(MEMBER_FIELDS)
    .filter((f) => f.kind === 'fen')
    .map((f) => `members.*.${f.name}`),
];

/** A determination nobody started to fill in is no determination (the API then keeps none). */
function determinationOf(value: unknown): unknown {
  if (!value || typeof value !== 'object') return null;
  const d = value as FormValues;
  const lists = ['keyGroups', 'measures', 'actionPlans'] as const;
  const touched =
    typeof d.isTarget === 'boolean' ||
    !!d.decidedOn ||
    lists.some((l) => Array.isArray(d[l]) && d[l].length > 0);
  return touched ? d : null;
}

/**
 * The model with every input type complete rather than a patch: updateArchive replaces the
 * whole form, so the form sends every field (members' too), blanks as null.
 */
const complete = new WeakMap<SchemaModel, SchemaModel>();
function completeInputs(model: SchemaModel): SchemaModel {
  let found = complete.get(model);
  if (!found) {
    const inputs = Object.fromEntries(
      Object.entries(model.inputs).map(([name, input]) => [name, { ...input, patch: false }]),
    );
    complete.set(model, (found = { ...model, inputs }));
  }
  return found;
}

/** The form's values as ArchiveInput: every input field, empty ones as null. */
export function toArchiveInput(model: SchemaModel, values: FormValues): FormValues {
  const full = completeInputs(model);
  const input = full.inputs.ArchiveInput;
  if (!input) throw new Error('ArchiveInput is missing from the schema model');
  return toInput(full, input, {
    ...values,
    members: ((values.members as FormValues[] | undefined) ?? []).filter(Boolean),
    determination: determinationOf(values.determination),
  });
}

/** A new archive's starting values: the lists empty, the person entering it named. */
export function newArchiveValues(enteredBy: string | undefined): FormValues {
  return {
    members: [],
    secondaryCauses: [],
    singleParent: false,
    ethnicity: '01',
    modelWorkerType: 'NONE',
    enteredBy: enteredBy ?? '',
    determination: { keyGroups: [], measures: [], actionPlans: [] },
  };
}
