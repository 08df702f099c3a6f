import { ARCHIVE_FIELDS } from '@bangfu/domain';
import type { SchemaModel } from '../schema-model/types.js';
import { toArchiveInput, type FormValues } from './form-values.js';

/*
 * Where the form being edited and the latest saved version disagree, field by field in the
 * seed form's order: what a person reviews before choosing to overwrite or to reload.
 */

export interface Difference {
  field: string;
  mine: unknown;
  latest: unknown;
}

const ORDER = Object.keys(ARCHIVE_FIELDS);
const position = (field: string) => {
  const i = ORDER.indexOf(field);
  return i < 0 ? ORDER.length : i;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function archiveDifferences(
  model: SchemaModel,
  mine: FormValues,
  latest: FormValues,
): Difference[] {
  const a = toArchiveInput(model, mine);
  const b = toArchiveInput(model, latest);
  return Object.keys(a)
    .filter((field) => !same(a[field], b[field]))
    .sort((x, y) => position(x) - position(y))
    .map((field) => ({ field, mine: a[field], latest: b[field] }));
}
