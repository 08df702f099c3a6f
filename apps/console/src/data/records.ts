import type { InputModel, ResourceModel, SchemaModel } from '../schema-model/types.js';

/*
 * Between the API's shapes and react-admin's: records get `<field>Id` beside each reference
 * (`union { id name }` → `unionId`), so that a form's reference input finds its value under the
 * input field's own name (`CreateUserInput.unionId`); form values become the mutation's input.
 */

export type ApiRecord = Record<string, unknown> & { id: string };

/** A record's id; for id-less list items (a minimum-living line), its identifying values. */
function recordId(resource: ResourceModel, node: Record<string, unknown>): string {
  if (node.id != null) return String(node.id);
  return resource.fields
    .filter((f) => f.type.nonNull && ['string', 'int', 'enum', 'date'].includes(f.kind))
    .map((f) => String(node[f.name]))
    .join('|');
}

export function toRecord(resource: ResourceModel, node: Record<string, unknown>): ApiRecord {
  const record: Record<string, unknown> = { ...node, id: recordId(resource, node) };
  for (const field of resource.fields) {
    if (field.type.kind !== 'OBJECT') continue;
    const value = node[field.name];
    if (field.kind === 'reference') {
      record[`${field.name}Id`] = (value as { id?: string } | null | undefined)?.id ?? null;
    } else if (field.kind === 'referenceList' && Array.isArray(value)) {
      record[`${field.name}Ids`] = value.map((v: { id: string }) => v.id);
    }
  }
  return record as ApiRecord;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function convert(
  model: SchemaModel,
  kind: string,
  typeName: string,
  value: unknown,
  required: boolean,
): unknown {
  if (Array.isArray(value)) return value.map((v) => convert(model, kind, typeName, v, true));
  if (isEmpty(value)) return required && kind === 'string' ? '' : null;
  switch (kind) {
    case 'int':
      return typeof value === 'number' ? Math.trunc(value) : Number.parseInt(String(value), 10);
    case 'float':
      return typeof value === 'number' ? value : Number.parseFloat(String(value));
    case 'embedded':
    case 'embeddedList': {
      const nested = model.inputs[typeName];
      return nested ? toInput(model, nested, value as Record<string, unknown>) : value;
    }
    default:
      return value;
  }
}

function same(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Form values → the input object. An input whose fields are all optional is a patch ("fields left
 * out stay as they are"): only what changed since `previous` is sent, so an untouched password
 * stays unset; otherwise every field is sent.
 */
export function toInput(
  model: SchemaModel,
  input: InputModel,
  data: Record<string, unknown>,
  previous?: Record<string, unknown>,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const field of input.fields) {
    const present = Object.hasOwn(data, field.name);
    if (input.patch) {
      if (!present) continue;
      if (previous ? same(data[field.name], previous[field.name]) : isEmpty(data[field.name]))
        continue;
    }
    // A full input sent from partial data (a bulk update) keeps the record's other values.
    const value = present ? data[field.name] : previous?.[field.name];
    result[field.name] = convert(model, field.kind, field.type.name, value, field.required);
  }
  return result;
}
