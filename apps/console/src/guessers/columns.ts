import type {
  FieldKind,
  FieldModel,
  InputFieldModel,
  ResourceModel,
  SchemaModel,
} from '../schema-model/types.js';
import { catalogueFor } from '../i18n/domain-labels.js';

/*
 * Which fields a generic screen shows, in which order: pure functions of the resource model, so
 * that a field added to the API shows up after `pnpm generate` with no edit (test/regenerate).
 */

/** Bookkeeping fields: read for updates, never shown as data. */
const TECHNICAL = new Set(['version']);
const LIST_KINDS = new Set<FieldKind>([
  'string',
  'int',
  'float',
  'boolean',
  'date',
  'datetime',
  'enum',
  'enumList',
  'reference',
]);
const KIND_ORDER: FieldKind[] = [
  'string',
  'enum',
  'enumList',
  'reference',
  'date',
  'datetime',
  'int',
  'float',
  'boolean',
];
export const MAX_LIST_COLUMNS = 8;

function rank(field: FieldModel): number {
  const index = KIND_ORDER.indexOf(field.kind);
  return index < 0 ? KIND_ORDER.length : index;
}

/** The domain catalogue's order (the seed form's) when there is one; else names, then kinds. */
export function orderedFields<F extends FieldModel>(
  fields: readonly F[],
  representation?: string,
): F[] {
  const catalogue = catalogueFor(fields.map((f) => f.name));
  const order = catalogue ? Object.keys(catalogue) : [];
  const position = (f: F) => {
    if (f.name === representation) return -1;
    const i = order.indexOf(f.name);
    return i < 0 ? order.length : i;
  };
  return [...fields].sort((a, b) => position(a) - position(b) || rank(a) - rank(b));
}

/** Columns of the list: the ones asked for, or the representation and the required fields. */
export function listColumns(resource: ResourceModel, chosen?: readonly string[]): FieldModel[] {
  if (chosen)
    return chosen
      .map((n) => resource.fields.find((f) => f.name === n))
      .filter((f): f is FieldModel => !!f);
  return orderedFields(
    resource.fields.filter(
      (f) =>
        f.name === resource.representation ||
        (f.type.nonNull && LIST_KINDS.has(f.kind) && f.kind !== 'id' && !TECHNICAL.has(f.name)),
    ),
    resource.representation,
  ).slice(0, MAX_LIST_COLUMNS);
}

/**
 * Everything a record has, for the show page, but its internal id: a UUID means nothing to a
 * person (a union is known by its code, a user by the username).
 */
export function showFields(resource: ResourceModel): FieldModel[] {
  return orderedFields(
    resource.fields.filter(
      (f) => !TECHNICAL.has(f.name) && f.kind !== 'connection' && f.kind !== 'id',
    ),
    resource.representation,
  );
}

/**
 * The inputs of the create or update mutation's input type: in the order asked for, else
 * required ones first, each group in the order the record's fields are shown.
 */
export function formInputs(
  model: SchemaModel,
  resource: ResourceModel,
  mode: 'create' | 'edit',
  chosenOrder?: readonly string[],
): InputFieldModel[] {
  const mutation = mode === 'create' ? resource.create : resource.update;
  if (!mutation) return [];
  const input = mutation.inputType ? model.inputs[mutation.inputType] : { fields: mutation.inputs };
  if (!input) return [];
  const byNode = new Map(
    orderedFields(resource.fields, resource.representation).map((f, i) => [f.name, i]),
  );
  const position = (f: InputFieldModel) => {
    const chosen = chosenOrder?.indexOf(f.name) ?? -1;
    if (chosen >= 0) return chosen - 10_000;
    return (
      (f.required ? 0 : 1_000) +
      (byNode.get(f.name) ?? byNode.get(f.name.replace(/Ids?$/, '')) ?? 999)
    );
  };
  return [...input.fields].sort((a, b) => position(a) - position(b));
}

/** Whether the list can be sorted by this field (the connection's orderBy names it). */
export function isSortable(resource: ResourceModel, field: string): boolean {
  if (resource.list.kind === 'plain') return true; // sorted in the browser
  return !!resource.list.sort?.options.some((o) => o.field === field);
}

export function defaultSort(resource: ResourceModel): { field: string; order: 'ASC' | 'DESC' } {
  const first = resource.list.sort?.options[0];
  return first ? { field: first.field, order: first.order } : { field: '', order: 'ASC' };
}
