import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { helpTextOf, humanize, labelOf } from './descriptions.js';
import type {
  ArgumentModel,
  EnumModel,
  FieldKind,
  FieldModel,
  FilterModel,
  InputFieldModel,
  InputModel,
  MutationModel,
  ObjectModel,
  ResourceModel,
  SchemaModel,
  SortModel,
  TypeRef,
} from './types.js';

/*
 * Schema → resource model. Pure: a GraphQLSchema in, plain data out. The conventions it relies on
 * are the API's (apps/api/schema.graphql): a resource is a root query field returning a Relay
 * connection (`unions`, `archives`); its by-id query takes one `ID!` (`union(id)`); its mutations
 * are named `create<Type>`, `update<Type>(id, version, input)`, `delete<Type>(id)`; other mutations
 * taking the record's id and answering the record are its actions (workflow transitions); results
 * are `<Type> | ValidationError`.
 */

const PAGINATION_ARGUMENTS = new Set(['first', 'after', 'last', 'before']);
const REPRESENTATION_CANDIDATES = ['name', 'title', 'number', 'username', 'code'];

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function typeRef(type: GraphQLOutputType | GraphQLInputType): TypeRef {
  const nonNull = isNonNullType(type);
  const inner = getNullableType(type);
  const list = isListType(inner);
  const itemNonNull = list && isNonNullType(inner.ofType);
  const named = getNamedType(type);
  const kind = isScalarType(named)
    ? 'SCALAR'
    : isEnumType(named)
      ? 'ENUM'
      : isObjectType(named)
        ? 'OBJECT'
        : isInputObjectType(named)
          ? 'INPUT_OBJECT'
          : isUnionType(named)
            ? 'UNION'
            : 'INTERFACE';
  return { name: named.name, kind, list, nonNull, itemNonNull };
}

/** `[Role!]!` as written in a variable declaration. */
function graphqlTypeString(type: GraphQLInputType): string {
  return String(type);
}

/** The node type of a Relay connection type, or undefined when `type` is not one. */
function connectionNode(type: GraphQLNamedType): GraphQLObjectType | undefined {
  if (!isObjectType(type)) return undefined;
  const fields = type.getFields();
  if (!fields.edges || !fields.pageInfo) return undefined;
  const edge = getNamedType(fields.edges.type);
  if (!isObjectType(edge)) return undefined;
  const node = edge.getFields().node;
  if (!node) return undefined;
  const nodeType = getNamedType(node.type);
  return isObjectType(nodeType) && nodeType.getFields().id ? nodeType : undefined;
}

function scalarKind(name: string, fieldName: string): FieldKind {
  switch (name) {
    case 'ID':
      return fieldName === 'id' ? 'id' : 'string';
    case 'Int':
      return 'int';
    case 'Float':
      return 'float';
    case 'Boolean':
      return 'boolean';
    case 'Date':
      return 'date';
    case 'DateTime':
      return 'datetime';
    case 'JSON':
      return 'json';
    default:
      return 'string';
  }
}

function isValidationErrorType(type: GraphQLNamedType): type is GraphQLObjectType {
  if (!isObjectType(type)) return false;
  const fieldErrors = type.getFields().fieldErrors;
  if (!fieldErrors) return false;
  const item = getNamedType(fieldErrors.type);
  return isObjectType(item) && 'path' in item.getFields() && 'message' in item.getFields();
}

/** `message fieldErrors { path code message }`, from the type itself. */
function leafSelection(type: GraphQLObjectType, depth = 0): string {
  return Object.values(type.getFields())
    .filter((f) => !f.args.some((a) => isNonNullType(a.type)))
    .map((f) => {
      const named = getNamedType(f.type);
      if (isScalarType(named) || isEnumType(named)) return f.name;
      if (isObjectType(named) && depth < 1)
        return `${f.name} { ${leafSelection(named, depth + 1)} }`;
      return '';
    })
    .filter(Boolean)
    .join(' ');
}

export function analyzeSchema(schema: GraphQLSchema): SchemaModel {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  const queryFields = query ? Object.values(query.getFields()) : [];
  const mutationFields = mutation ? Object.values(mutation.getFields()) : [];

  // 1. Resources: root connections, keyed by their node type.
  const resourceByType = new Map<string, string>();
  const connectionFields: [GraphQLField<unknown, unknown>, GraphQLObjectType][] = [];
  for (const field of queryFields) {
    const node = connectionNode(getNamedType(field.type));
    if (!node || resourceByType.has(node.name)) continue;
    resourceByType.set(node.name, field.name);
    connectionFields.push([field, node]);
  }

  // Root fields answering a whole list of records (no connection), with no required argument.
  const plainFields: [GraphQLField<unknown, unknown>, GraphQLObjectType][] = [];
  for (const field of queryFields) {
    const type = getNullableType(field.type);
    const item = getNamedType(field.type);
    if (!isListType(type) || !isObjectType(item) || resourceByType.has(item.name)) continue;
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    resourceByType.set(item.name, field.name);
    plainFields.push([field, item]);
  }

  const validationErrorType = Object.values(schema.getTypeMap()).find(isValidationErrorType);

  /** The resource a field named `union`/`parent` or an id named `unionId`/`parentId` points to. */
  function referenceOf(name: string, context: GraphQLObjectType | undefined): string | undefined {
    const base = name.replace(/Ids?$/, '');
    const viaField = context?.getFields()[base];
    if (viaField) {
      const target = getNamedType(viaField.type);
      return resourceByType.get(target.name);
    }
    const typeName = base.charAt(0).toUpperCase() + base.slice(1);
    return resourceByType.get(typeName);
  }

  function fieldKind(
    name: string,
    type: GraphQLOutputType | GraphQLInputType,
    context: GraphQLObjectType | undefined,
  ): { kind: FieldKind; reference?: string } | undefined {
    const ref = typeRef(type);
    const named = getNamedType(type);
    if (isScalarType(named)) {
      if (named.name === 'ID' && name !== 'id') {
        const reference = referenceOf(name, context);
        if (reference) return { kind: ref.list ? 'referenceList' : 'reference', reference };
      }
      if (ref.list) return { kind: 'stringList' };
      return { kind: scalarKind(named.name, name) };
    }
    if (isEnumType(named)) return { kind: ref.list ? 'enumList' : 'enum' };
    if (isObjectType(named)) {
      // Only records with an id can be pointed at; an id-less list item stays embedded.
      const reference = named.getFields().id ? resourceByType.get(named.name) : undefined;
      if (reference) return { kind: ref.list ? 'referenceList' : 'reference', reference };
      const node = connectionNode(named);
      if (node) {
        const target = resourceByType.get(node.name);
        return target ? { kind: 'connection', reference: target } : undefined;
      }
      return { kind: ref.list ? 'embeddedList' : 'embedded' };
    }
    if (isInputObjectType(named)) return { kind: ref.list ? 'embeddedList' : 'embedded' };
    return undefined; // unions and interfaces in output fields: not guessed
  }

  function fieldModel(
    field: GraphQLField<unknown, unknown> | GraphQLInputField | GraphQLArgument,
    context: GraphQLObjectType | undefined,
  ): FieldModel | undefined {
    // What the viewer may do with a record is not part of it: pages read it for their buttons.
    if (field.name === 'viewerCan') return undefined;
    const guessed = fieldKind(field.name, field.type, context);
    if (!guessed) return undefined;
    return {
      name: field.name,
      label: labelOf(field.description, field.name),
      kind: guessed.kind,
      type: typeRef(field.type),
      ...(guessed.reference ? { reference: guessed.reference } : {}),
    };
  }

  function inputFieldModel(
    field: GraphQLInputField | GraphQLArgument,
    context: GraphQLObjectType | undefined,
  ): InputFieldModel | undefined {
    const model = fieldModel(field, context);
    if (!model) return undefined;
    // Help text is shown under inputs only; output fields carry none (the model loads with the console).
    const help = helpTextOf(field.description);
    return {
      ...model,
      ...(help ? { help } : {}),
      required: isNonNullType(field.type) && field.defaultValue === undefined,
    };
  }

  // 2. Object and input types reachable from the resources.
  const objects: Record<string, ObjectModel> = {};
  const inputs: Record<string, InputModel> = {};

  function outputFields(type: GraphQLObjectType): FieldModel[] {
    return Object.values(type.getFields())
      .filter((f) => !f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined))
      .map((f) => fieldModel(f, type))
      .filter((f): f is FieldModel => f !== undefined);
  }

  function collectObject(type: GraphQLObjectType): void {
    if (objects[type.name] || (resourceByType.has(type.name) && type.getFields().id)) return;
    const fields = outputFields(type);
    objects[type.name] = { name: type.name, label: labelOf(type.description, type.name), fields };
    for (const f of Object.values(type.getFields())) {
      const named = getNamedType(f.type);
      if (
        isObjectType(named) &&
        fields.some((m) => m.name === f.name && m.kind.startsWith('embedded'))
      )
        collectObject(named);
    }
  }

  function collectInput(typeName: string, context: GraphQLObjectType | undefined): void {
    if (inputs[typeName]) return;
    const type = schema.getType(typeName);
    if (!isInputObjectType(type)) return;
    const fields = Object.values(type.getFields())
      .map((f) => inputFieldModel(f, context))
      .filter((f): f is InputFieldModel => f !== undefined);
    inputs[typeName] = {
      name: typeName,
      label: labelOf(type.description, typeName),
      fields,
      patch: fields.every((f) => !f.required),
    };
    for (const f of Object.values(type.getFields())) {
      const named = getNamedType(f.type);
      if (isInputObjectType(named)) collectInput(named.name, undefined);
    }
  }

  function argumentModel(arg: GraphQLArgument): ArgumentModel {
    return { name: arg.name, graphqlType: graphqlTypeString(arg.type), type: typeRef(arg.type) };
  }

  function mutationModel(
    field: GraphQLField<unknown, unknown>,
    node: GraphQLObjectType,
  ): MutationModel {
    const resultType = getNamedType(field.type);
    const idArg = field.args.find(
      (a) =>
        getNamedType(a.type).name === 'ID' &&
        (a.name === 'id' || a.name === `${lowerFirst(node.name)}Id`),
    );
    const versionArg = field.args.find(
      (a) => a.name === 'version' && getNamedType(a.type).name === 'Int',
    );
    const inputArg = field.args.find((a) => isInputObjectType(getNamedType(a.type)));
    const kind: MutationModel['result']['kind'] =
      resultType.name === node.name
        ? 'record'
        : isUnionType(resultType)
          ? 'union'
          : isObjectType(resultType)
            ? 'object'
            : 'scalar';
    return {
      field: field.name,
      arguments: field.args.map(argumentModel),
      ...(idArg ? { idArgument: idArg.name } : {}),
      ...(versionArg ? { versionArgument: versionArg.name } : {}),
      ...(inputArg
        ? { inputArgument: inputArg.name, inputType: getNamedType(inputArg.type).name }
        : {}),
      inputs: field.args
        .filter((a) => a !== idArg && a !== versionArg)
        .map((a) => inputFieldModel(a, node))
        .filter((a): a is InputFieldModel => a !== undefined),
      result: {
        typeName: resultType.name,
        kind,
        validationError:
          isUnionType(resultType) && resultType.getTypes().some(isValidationErrorType),
      },
      label: labelOf(field.description, field.name),
    };
  }

  /** Whether the mutation answers a record of `node` (directly or as a union member). */
  function answersRecord(field: GraphQLField<unknown, unknown>, node: GraphQLObjectType): boolean {
    const result = getNamedType(field.type);
    if (result.name === node.name) return true;
    return isUnionType(result) && result.getTypes().some((t) => t.name === node.name);
  }

  function sortModel(arg: GraphQLArgument | undefined): SortModel | undefined {
    if (!arg) return undefined;
    const type = getNamedType(arg.type);
    if (!isEnumType(type)) return undefined;
    const options = type
      .getValues()
      .map((v) => {
        const match = /^(.*)_(ASC|DESC)$/.exec(v.name);
        if (!match) return undefined;
        const field = lowerFirst(
          match[1]!
            .toLowerCase()
            .split('_')
            .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
            .join(''),
        );
        return { field, order: match[2] as 'ASC' | 'DESC', value: v.name };
      })
      .filter((o): o is SortModel['options'][number] => o !== undefined);
    return options.length
      ? { argument: arg.name, graphqlType: graphqlTypeString(arg.type), options }
      : undefined;
  }

  function filterModels(
    field: GraphQLField<unknown, unknown>,
    node: GraphQLObjectType,
  ): FilterModel[] {
    const filters: FilterModel[] = [];
    for (const arg of field.args) {
      if (PAGINATION_ARGUMENTS.has(arg.name) || sortModel(arg)) continue;
      const named = getNamedType(arg.type);
      if (isInputObjectType(named)) {
        for (const inner of Object.values(named.getFields())) {
          const model = inputFieldModel(inner, node);
          if (model) filters.push({ ...model, path: [arg.name, inner.name] });
        }
      } else {
        const model = inputFieldModel(arg, node);
        if (model) filters.push({ ...model, path: [arg.name] });
      }
    }
    return filters;
  }

  const resources: Record<string, ResourceModel> = {};
  const listFields = [
    ...connectionFields.map(([f, n]) => [f, n, 'connection'] as const),
    ...plainFields.map(([f, n]) => [f, n, 'plain'] as const),
  ];
  for (const [listField, node, listKind] of listFields) {
    const name = listField.name;
    const fields = outputFields(node);
    for (const f of Object.values(node.getFields())) {
      const named = getNamedType(f.type);
      if (
        isObjectType(named) &&
        fields.some((m) => m.name === f.name && m.kind.startsWith('embedded'))
      )
        collectObject(named);
    }

    const one =
      queryFields.find((f) => f.name === lowerFirst(node.name) && byIdQuery(f, node)) ??
      queryFields.find((f) => byIdQuery(f, node));
    const byName = (prefix: string) =>
      mutationFields.find((f) => f.name === `${prefix}${node.name}`);
    // `set<Type>` is an upsert (setMinimumLivingLine): to people it is how a record is added.
    const create = byName('create') ?? byName('set');
    const update = byName('update');
    const remove = byName('delete');
    const crud = new Set([create, update, remove]);
    const actions = mutationFields.filter(
      (f) =>
        !crud.has(f) && answersRecord(f, node) && mutationModel(f, node).idArgument !== undefined,
    );
    for (const m of [create, update, ...actions]) {
      const model = m && mutationModel(m, node);
      if (model?.inputType) collectInput(model.inputType, node);
    }
    const orderArg = listField.args.find((a) => sortModel(a));
    const sort = sortModel(orderArg);
    const listType = getNamedType(listField.type) as GraphQLObjectType;
    const representation =
      REPRESENTATION_CANDIDATES.find((c) =>
        fields.some((f) => f.name === c && f.kind === 'string'),
      ) ?? 'id';

    // The type names the record ("系统用户"); when its description is a sentence ("某行政区划某年度的
    // 低保标准"), the list field's words ("低保标准列表") name it better.
    const typeLabel = labelOf(node.description, node.name);
    const listLabel = labelOf(listField.description, name).zh.replace(/列表$/, '');
    const singular =
      typeLabel.zh.length > 8 && listLabel.length < typeLabel.zh.length
        ? { ...typeLabel, zh: listLabel }
        : typeLabel;
    resources[name] = {
      name,
      typeName: node.name,
      label: { zh: singular.zh, en: `${humanize(node.name)} |||| ${humanize(name)}` },
      fields,
      representation,
      list: {
        kind: listKind,
        field: name,
        arguments: listField.args.map(argumentModel),
        filters: filterModels(listField, node),
        ...(sort ? { sort } : {}),
        totalCount: listKind === 'connection' && 'totalCount' in listType.getFields(),
      },
      ...(one ? { one: { field: one.name, idArgument: one.args[0]!.name } } : {}),
      ...(create ? { create: mutationModel(create, node) } : {}),
      ...(update ? { update: mutationModel(update, node) } : {}),
      ...(remove ? { delete: mutationModel(remove, node) } : {}),
      actions: actions.map((a) => mutationModel(a, node)),
    };
  }

  const enums: Record<string, EnumModel> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isEnumType(type) || type.name.startsWith('__')) continue;
    enums[type.name] = {
      name: type.name,
      label: labelOf(type.description, type.name),
      values: type
        .getValues()
        .map((v) => ({ value: v.name, label: labelOf(v.description, v.name) })),
    };
  }

  return {
    resources,
    objects,
    inputs,
    enums,
    ...(validationErrorType
      ? {
          validationError: {
            typeName: validationErrorType.name,
            selection: leafSelection(validationErrorType),
          },
        }
      : {}),
  };
}

/** `union(id: ID!): Union` — one required ID argument, answering one node. */
function byIdQuery(field: GraphQLField<unknown, unknown>, node: GraphQLObjectType): boolean {
  const type = getNullableType(field.type);
  if (isListType(type) || getNamedType(type).name !== node.name) return false;
  const required = field.args.filter((a) => isNonNullType(a.type));
  return required.length === 1 && getNamedType(required[0]!.type).name === 'ID';
}
