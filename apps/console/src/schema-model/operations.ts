import type { MutationModel, ResourceModel, SchemaModel } from './types.js';

/*
 * GraphQL documents for a resource, written from the model as plain strings: the browser needs
 * no GraphQL parser. Lists select what a row shows (references as `{ id <representation> }`,
 * no nested lists of records); a single record also selects its lists of references.
 */

const MAX_EMBEDDED_DEPTH = 3;

export type Purpose = 'list' | 'one';

function selectionOf(
  model: SchemaModel,
  typeName: string,
  purpose: Purpose,
  depth: number,
  only?: readonly string[],
): string {
  const resource = Object.values(model.resources).find((r) => r.typeName === typeName);
  const all = resource?.fields ?? model.objects[typeName]?.fields ?? [];
  const fields = only ? all.filter((f) => f.name === 'id' || only.includes(f.name)) : all;
  const parts: string[] = [];
  for (const field of fields) {
    switch (field.kind) {
      case 'reference':
      case 'referenceList': {
        if (field.kind === 'referenceList' && purpose === 'list') break;
        const target = model.resources[field.reference!];
        if (field.type.kind !== 'OBJECT' || !target) break; // an ID scalar pointing at a resource
        const repr = target.representation === 'id' ? '' : ` ${target.representation}`;
        parts.push(`${field.name} { id${repr} }`);
        break;
      }
      case 'embedded':
      case 'embeddedList':
        if (depth < MAX_EMBEDDED_DEPTH) {
          const inner = selectionOf(model, field.type.name, purpose, depth + 1);
          if (inner) parts.push(`${field.name} { ${inner} }`);
        }
        break;
      case 'connection':
        break; // a page of another resource: its own list, not part of this record
      default:
        parts.push(field.name);
    }
  }
  return parts.join(' ');
}

/** `only`: just these fields (and the id), e.g. the columns a list page shows. */
export function recordSelection(
  model: SchemaModel,
  resource: ResourceModel,
  purpose: Purpose,
  only?: readonly string[],
): string {
  return selectionOf(model, resource.typeName, purpose, 0, only);
}

function declare(args: readonly { name: string; graphqlType: string }[]): string {
  return args.length ? `(${args.map((a) => `$${a.name}: ${a.graphqlType}`).join(', ')})` : '';
}

function pass(args: readonly { name: string }[]): string {
  return args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
}

/**
 * The page query: every connection argument as a variable; unset variables are simply absent.
 * `only` narrows the rows to the fields a page shows (react-admin's `meta.fields`).
 */
export function listDocument(
  model: SchemaModel,
  resource: ResourceModel,
  only?: readonly string[],
): string {
  const args = resource.list.arguments;
  const selection = recordSelection(model, resource, 'list', only);
  if (resource.list.kind === 'plain') {
    return `query ${resource.typeName}List${declare(args)} { ${resource.list.field}${pass(args)} { ${selection} } }`;
  }
  const total = resource.list.totalCount ? 'totalCount ' : '';
  return `query ${resource.typeName}List${declare(args)} { ${resource.list.field}${pass(args)} { ${total}pageInfo { hasNextPage endCursor } edges { cursor node { ${selection} } } } }`;
}

/** Only the cursors of a stretch of the list: walks to a page whose start cursor is unknown. */
export function cursorsDocument(resource: ResourceModel): string {
  const args = resource.list.arguments;
  return `query ${resource.typeName}Cursors${declare(args)} { ${resource.list.field}${pass(args)} { pageInfo { hasNextPage endCursor } edges { cursor } } }`;
}

export function oneDocument(model: SchemaModel, resource: ResourceModel): string {
  const one = resource.one!;
  return `query ${resource.typeName}One($id: ID!) { record: ${one.field}(${one.idArgument}: $id) { ${recordSelection(model, resource, 'one')} } }`;
}

/** Several records by id in one request, one alias each (`r0: union(id: $id0)`). */
export function manyDocument(model: SchemaModel, resource: ResourceModel, count: number): string {
  const one = resource.one!;
  const selection = recordSelection(model, resource, 'list');
  const vars = Array.from({ length: count }, (_, i) => `$id${i}: ID!`).join(', ');
  const fields = Array.from(
    { length: count },
    (_, i) => `r${i}: ${one.field}(${one.idArgument}: $id${i}) { ${selection} }`,
  ).join(' ');
  return `query ${resource.typeName}Many(${vars}) { ${fields} }`;
}

/** A mutation with all its arguments as variables, selecting the record or the field errors. */
export function mutationDocument(
  model: SchemaModel,
  resource: ResourceModel,
  mutation: MutationModel,
): string {
  const selection = recordSelection(model, resource, 'one');
  const invalid = model.validationError;
  let result = '';
  switch (mutation.result.kind) {
    case 'record':
      result = ` { ${selection} }`;
      break;
    case 'union': {
      const onError =
        mutation.result.validationError && invalid
          ? ` ... on ${invalid.typeName} { ${invalid.selection} }`
          : '';
      result = ` { __typename ... on ${resource.typeName} { ${selection} }${onError} }`;
      break;
    }
    case 'object':
      result = ' { __typename }';
      break;
    case 'scalar':
      result = '';
  }
  const name = mutation.field.charAt(0).toUpperCase() + mutation.field.slice(1);
  return `mutation ${name}${declare(mutation.arguments)} { result: ${mutation.field}${pass(mutation.arguments)}${result} }`;
}
