import { todayIso } from '@bangfu/domain';
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

// The scope suite reads the schema the server prints (schema-file.test.ts keeps it current), so a
// field added to the API is walked here without anyone remembering to.
export const schema: GraphQLSchema = buildSchema(
  readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'),
);

export type Kind = 'archive' | 'union' | 'user' | 'attachment' | 'ledgerEntry';

/** An `ID` argument of a root field, possibly inside an input object: `input.unionId`. */
export interface IdSlot {
  field: string; // 'Query.union', 'Mutation.updateUser'
  path: string[]; // ['input', 'unionId']
  kind: Kind | undefined;
}

/** What an `id` argument names, when neither its name nor its description says. */
const KIND_OVERRIDES: Record<string, Kind> = {};

function inferKind(
  field: string,
  path: string[],
  description: string | null | undefined,
): Kind | undefined {
  const key = `${field}(${path.join('.')})`;
  if (KIND_OVERRIDES[key]) return KIND_OVERRIDES[key];
  const last = path.at(-1)!;
  if (/^archiveId$/.test(last)) return 'archive';
  if (/^(unionId|parentId)$/.test(last)) return 'union';
  if (last === 'userId') return 'user';
  if (/attachmentId$/i.test(last)) return 'attachment';
  if (last === 'entryId' && /ledger/i.test(field)) return 'ledgerEntry';
  if (last !== 'id' || path.length > 1) return undefined;
  if (/Archive id/i.test(description ?? '')) return 'archive';
  if (/Attachment id/i.test(description ?? '')) return 'attachment';
  const name = field.split('.')[1]!;
  for (const kind of ['attachment', 'archive', 'union', 'user'] as const)
    if (name.toLowerCase().includes(kind)) return kind;
  return undefined;
}

function idPaths(type: GraphQLInputType, path: string[], seen: Set<string>): string[][] {
  const named = getNamedType(type);
  if (named.name === 'ID') return [path];
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  const inner = new Set(seen).add(named.name);
  return Object.values(named.getFields()).flatMap((f) => idPaths(f.type, [...path, f.name], inner));
}

/** Every `ID` argument of every Query and Mutation field, with what it names. */
export function idSlots(): IdSlot[] {
  const slots: IdSlot[] = [];
  for (const root of [schema.getQueryType()!, schema.getMutationType()!])
    for (const f of Object.values(root.getFields()))
      for (const arg of f.args)
        for (const path of idPaths(arg.type, [arg.name], new Set())) {
          const field = `${root.name}.${f.name}`;
          slots.push({ field, path, kind: inferKind(field, path, arg.description) });
        }
  return slots;
}

export const rootField = (name: string): GraphQLField<unknown, unknown> => {
  const [root, field] = name.split('.') as [string, string];
  const type = root === 'Query' ? schema.getQueryType()! : schema.getMutationType()!;
  return type.getFields()[field]!;
};

const hasId = (type: GraphQLInputType) => idPaths(type, [], new Set()).length > 0;

/**
 * The least valid value of a type: required fields only (plus any that carry an ID, which are the
 * point), scalars as the simplest valid literal, enums as their first value.
 */
export function minimalValue(
  type: GraphQLInputType,
  path: string[],
  idFor: (path: string[]) => string,
): unknown {
  if (isNonNullType(type)) return minimalValue(type.ofType, path, idFor);
  if (isListType(type)) return [minimalValue(type.ofType as GraphQLInputType, path, idFor)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields()))
      if ((isNonNullType(f.type) && f.defaultValue === undefined) || hasId(f.type))
        value[f.name] = minimalValue(f.type, [...path, f.name], idFor);
    return value;
  }
  switch (type.name) {
    case 'ID':
      return idFor(path);
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'Date':
      return todayIso();
    default:
      return 'x';
  }
}

/** Arguments for a root field: every required one and every one that carries an ID. */
export function minimalArgs(
  args: readonly GraphQLArgument[],
  idFor: (path: string[]) => string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const arg of args)
    if ((isNonNullType(arg.type) && arg.defaultValue === undefined) || hasId(arg.type))
      out[arg.name] = minimalValue(arg.type, [arg.name], idFor);
  return out;
}

/** A selection that shows whether a call was refused, whatever the field returns. */
export function refusalSelection(type: GraphQLNamedType): string {
  if (isUnionType(type)) {
    const vErr = type.getTypes().some((t) => t.name === 'ValidationError');
    return `{ __typename ${vErr ? '... on ValidationError { message fieldErrors { code } }' : ''} }`;
  }
  if (isObjectType(type)) {
    if ('totalCount' in type.getFields()) return '{ totalCount edges { cursor } }';
    return '{ __typename }';
  }
  return '';
}

/** A variable definition list `$a: T!, …` and the call `field(a: $a, …)` for given args. */
export function operation(name: string, args: Record<string, unknown>): string {
  const field = rootField(name);
  const [root, fieldName] = name.split('.') as [string, string];
  const used = field.args.filter((a) => a.name in args);
  const defs = used.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = refusalSelection(getNamedType(field.type));
  return `${root === 'Query' ? 'query' : 'mutation'}${defs ? `(${defs})` : ''} { ${fieldName}${
    call ? `(${call})` : ''
  } ${selection} }`;
}

/** Fields of a Union or a User that reach a person or an office outside the viewer's subtree. */
export const CONTACT_FIELDS: Record<'Union' | 'User', string[]> = {
  Union: ['liaisonName', 'liaisonPhone', 'liaisonPost', 'address'],
  User: ['phone', 'post', 'lastLoginAt'],
};

/**
 * A selection of `type` that reaches every Union and User below it (each type at most twice on a
 * path, so a union's children and a user's union are walked once), with their contact fields;
 * the paths found are added to `paths`.
 */
export function contactSelection(
  typeName: string,
  trail: string[],
  onPath: string[],
  paths: Set<string>,
): string {
  const type = schema.getType(typeName);
  if (!type || onPath.filter((t) => t === typeName).length >= 2 || onPath.length > 6) return '';
  if (isUnionType(type)) {
    const parts = type
      .getTypes()
      .map((t) => {
        const inner = contactSelection(t.name, trail, onPath, paths);
        return inner ? `... on ${t.name} ${inner}` : '';
      })
      .filter(Boolean);
    return parts.length ? `{ __typename ${parts.join(' ')} }` : '';
  }
  if (!isObjectType(type)) return '';
  const own =
    typeName === 'Union' || typeName === 'User'
      ? ['__typename', 'id', 'name', ...CONTACT_FIELDS[typeName]]
      : [];
  if (own.length) paths.add(trail.join('.'));
  const nested: string[] = [];
  for (const f of Object.values(type.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type))) continue;
    const named = getNamedType(f.type);
    if (!isObjectType(named) && !isUnionType(named)) continue;
    const inner = contactSelection(named.name, [...trail, f.name], [...onPath, typeName], paths);
    if (inner) nested.push(`${f.name} ${inner}`);
  }
  const all = [...own.filter((f) => f === '__typename' || f in type.getFields()), ...nested];
  return all.length ? `{ ${all.join(' ')} }` : '';
}
