import {
  HttpError,
  type DataProvider,
  type GetListResult,
  type Identifier,
  type RaRecord,
} from 'ra-core';
import {
  cursorsDocument,
  listDocument,
  manyDocument,
  mutationDocument,
  oneDocument,
} from '../schema-model/operations.js';
import type { MutationModel, ResourceModel, SchemaModel } from '../schema-model/types.js';
import { createArchiveMethods, type ArchiveMethods } from './archive-methods.js';
import { validationHttpError, type ApiFieldError } from './form-errors.js';
import type { GraphQLClient } from './graphql-client.js';
import { BEYOND_END, PageCursors } from './page-cursors.js';
import { toInput, toRecord, type ApiRecord } from './records.js';

/** Aliased by-id reads per request for getMany (the API refuses more than 30 aliases). */
const MANY_BATCH = 25;
/** Largest `first` used when walking cursors (the API caps a page at 200). */
const WALK_STRIDE = 100;

interface Connection {
  totalCount?: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node?: Record<string, unknown> }[];
}

export interface BangfuDataProvider extends DataProvider, ArchiveMethods {
  /** Runs one of a resource's actions (a workflow transition) on a record. */
  runAction(
    resource: string,
    action: string,
    params: { id: Identifier; previousData?: RaRecord; args?: Record<string, unknown> },
  ): Promise<{ data: ApiRecord }>;
}

export function createDataProvider(model: SchemaModel, client: GraphQLClient): BangfuDataProvider {
  const cursors = new PageCursors(WALK_STRIDE);
  const documents = new Map<string, string>();
  const cached = (key: string, make: () => string) => {
    let doc = documents.get(key);
    if (!doc) documents.set(key, (doc = make()));
    return doc;
  };

  function resourceOf(name: string): ResourceModel {
    const resource = model.resources[name];
    if (!resource) throw new HttpError(`未知的资源：${name}`, 404);
    return resource;
  }

  /** react-admin filter values → connection arguments (`{ search, filter: { status } }`). */
  function listArguments(
    resource: ResourceModel,
    filter: Record<string, unknown>,
    sort?: { field: string; order: string },
  ) {
    const args: Record<string, unknown> = {};
    const values = { ...filter };
    if (values.q !== undefined && values.search === undefined) values.search = values.q;
    for (const f of resource.list.filters) {
      const value = values[f.name];
      if (value === undefined || value === null || value === '') continue;
      const converted = f.kind === 'int' ? Number(value) : value;
      if (f.path.length === 1) args[f.path[0]!] = converted;
      else {
        const [outer, inner] = f.path as [string, string];
        args[outer] = { ...(args[outer] as object | undefined), [inner]: converted };
      }
    }
    // A field sortable one way only (NUMBER_ASC) is sorted that way whichever header arrow was clicked.
    const options = resource.list.sort?.options ?? [];
    const order =
      sort &&
      (options.find((o) => o.field === sort.field && o.order === sort.order) ??
        options.find((o) => o.field === sort.field));
    if (order) args[resource.list.sort!.argument] = order.value;
    return args;
  }

  /** `meta.fields` of a list page: only those fields are asked for (a lean page of 50 rows). */
  function listQuery(resource: ResourceModel, meta: unknown): string {
    const only = (meta as { fields?: readonly string[] } | undefined)?.fields;
    return cached(`${resource.name}:list:${only?.join(',') ?? '*'}`, () =>
      listDocument(model, resource, only),
    );
  }

  /** A whole list from the API, sorted and cut into pages here. */
  async function getPlainList(
    resource: ResourceModel,
    params: Parameters<DataProvider['getList']>[1],
  ) {
    const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
    const data = await client<Record<string, Record<string, unknown>[]>>(
      listQuery(resource, params.meta),
      listArguments(resource, params.filter ?? {}),
    );
    const records = (data[resource.list.field] ?? []).map((node) => toRecord(resource, node));
    const field = params.sort?.field;
    if (field && resource.fields.some((f) => f.name === field)) {
      const direction = params.sort!.order === 'DESC' ? -1 : 1;
      records.sort(
        (a, b) =>
          direction *
          String(a[field] ?? '').localeCompare(String(b[field] ?? ''), 'zh-CN', { numeric: true }),
      );
    }
    return { data: records.slice((page - 1) * perPage, page * perPage), total: records.length };
  }

  async function getList(
    name: string,
    params: Parameters<DataProvider['getList']>[1],
  ): Promise<GetListResult> {
    const resource = resourceOf(name);
    if (resource.list.kind === 'plain') return getPlainList(resource, params);
    const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
    const args = listArguments(resource, params.filter ?? {}, params.sort);
    const key = JSON.stringify([args, perPage]);
    const field = resource.list.field;
    const after = await cursors.after(name, key, page, perPage, async (from, first) => {
      const data = await client<Record<string, Connection>>(
        cached(`${name}:cursors`, () => cursorsDocument(resource)),
        { ...args, first, after: from },
      );
      const connection = data[field]!;
      return {
        cursors: connection.edges.map((e) => e.cursor),
        endCursor: connection.pageInfo.endCursor,
        hasNextPage: connection.pageInfo.hasNextPage,
      };
    });
    const start = after === BEYOND_END ? null : after;
    const data = await client<Record<string, Connection>>(listQuery(resource, params.meta), {
      ...args,
      first: after === BEYOND_END ? 0 : perPage,
      after: start,
    });
    const connection = data[field]!;
    if (after !== BEYOND_END) cursors.remember(name, key, page, connection.pageInfo.endCursor);
    const records =
      after === BEYOND_END ? [] : connection.edges.map((e) => toRecord(resource, e.node!));
    return resource.list.totalCount
      ? { data: records, total: connection.totalCount ?? records.length }
      : {
          data: records,
          pageInfo: { hasNextPage: connection.pageInfo.hasNextPage, hasPreviousPage: page > 1 },
        };
  }

  async function getOne(name: string, id: Identifier): Promise<ApiRecord> {
    const resource = resourceOf(name);
    if (!resource.one) throw new HttpError(`${resource.label.zh}不能按编号读取`, 405);
    const data = await client<{ record: Record<string, unknown> | null }>(
      cached(`${name}:one`, () => oneDocument(model, resource)),
      { id: String(id) },
    );
    if (!data.record) throw new HttpError('ra.notification.item_doesnt_exist', 404);
    return toRecord(resource, data.record);
  }

  async function mutate(
    resource: ResourceModel,
    mutation: MutationModel,
    variables: Record<string, unknown>,
  ): Promise<ApiRecord | undefined> {
    const data = await client<{ result: unknown }>(
      cached(`${resource.name}:${mutation.field}`, () =>
        mutationDocument(model, resource, mutation),
      ),
      variables,
    );
    cursors.forget(resource.name);
    const result = data.result as Record<string, unknown> | null;
    if (mutation.result.kind === 'scalar' || mutation.result.kind === 'object' || !result)
      return undefined;
    if (result.__typename === model.validationError?.typeName) {
      throw validationHttpError(
        String(result.message),
        (result.fieldErrors ?? []) as ApiFieldError[],
      );
    }
    const { __typename: _, ...record } = result;
    return toRecord(resource, record);
  }

  function mutationOf(
    resource: ResourceModel,
    kind: 'create' | 'update' | 'delete',
  ): MutationModel {
    const mutation = resource[kind];
    if (!mutation) throw new HttpError(`${resource.label.zh}不支持此操作`, 405);
    return mutation;
  }

  function inputVariables(
    resource: ResourceModel,
    mutation: MutationModel,
    data: Record<string, unknown>,
    previous?: Record<string, unknown>,
  ): Record<string, unknown> {
    if (!mutation.inputArgument || !mutation.inputType) {
      // Flat arguments (setMinimumLivingLine(regionCode, year, monthlyFen)) are filled in like an input.
      const flat = {
        name: mutation.field,
        label: mutation.label,
        fields: mutation.inputs,
        patch: false,
      };
      return toInput(model, flat, data, previous);
    }
    const input = model.inputs[mutation.inputType]!;
    return { [mutation.inputArgument]: toInput(model, input, data, previous) };
  }

  async function update(
    name: string,
    params: { id: Identifier; data: Partial<RaRecord>; previousData: RaRecord },
  ) {
    const resource = resourceOf(name);
    const mutation = mutationOf(resource, 'update');
    const variables: Record<string, unknown> = {
      [mutation.idArgument ?? 'id']: String(params.id),
      ...inputVariables(resource, mutation, params.data, params.previousData),
    };
    if (mutation.versionArgument)
      variables[mutation.versionArgument] = params.previousData?.version;
    const record = await mutate(resource, mutation, variables);
    return record ?? (await getOne(name, params.id));
  }

  async function remove(name: string, id: Identifier, previousData?: RaRecord) {
    const resource = resourceOf(name);
    const mutation = mutationOf(resource, 'delete');
    await mutate(resource, mutation, { [mutation.idArgument ?? 'id']: String(id) });
    return (previousData ?? { id }) as ApiRecord;
  }

  return {
    ...createArchiveMethods(client),

    getList: getList as DataProvider['getList'],

    getOne: (async (name, params) => ({
      data: await getOne(name, params.id),
    })) as DataProvider['getOne'],

    getMany: (async (name, params) => {
      const resource = resourceOf(name);
      const ids = [...new Set(params.ids.map(String))];
      const batches: string[][] = [];
      for (let i = 0; i < ids.length; i += MANY_BATCH) batches.push(ids.slice(i, i + MANY_BATCH));
      const results = await Promise.all(
        batches.map(async (batch) => {
          const data = await client<Record<string, Record<string, unknown> | null>>(
            cached(`${name}:many:${batch.length}`, () =>
              manyDocument(model, resource, batch.length),
            ),
            Object.fromEntries(batch.map((id, i) => [`id${i}`, id])),
          );
          return batch
            .map((_, i) => data[`r${i}`])
            .filter((r): r is Record<string, unknown> => !!r);
        }),
      );
      return { data: results.flat().map((node) => toRecord(resource, node)) };
    }) as DataProvider['getMany'],

    getManyReference: ((name, params) =>
      getList(name, {
        pagination: params.pagination,
        sort: params.sort,
        filter: { ...params.filter, [params.target]: params.id },
      })) as DataProvider['getManyReference'],

    create: (async (name, params) => {
      const resource = resourceOf(name);
      const mutation = mutationOf(resource, 'create');
      const record = await mutate(
        resource,
        mutation,
        inputVariables(resource, mutation, params.data),
      );
      if (!record) throw new HttpError('ra.notification.http_error', 500);
      return { data: record };
    }) as DataProvider['create'],

    update: (async (name, params) => ({
      data: await update(name, params),
    })) as DataProvider['update'],

    updateMany: (async (name, params) => {
      // Each record is updated with the version it has now: a bulk edit never overwrites blindly.
      for (const id of params.ids)
        await update(name, { id, data: params.data, previousData: await getOne(name, id) });
      return { data: params.ids };
    }) as DataProvider['updateMany'],

    delete: (async (name, params) => ({
      data: await remove(name, params.id, params.previousData),
    })) as DataProvider['delete'],

    deleteMany: (async (name, params) => {
      for (const id of params.ids) await remove(name, id);
      return { data: params.ids };
    }) as DataProvider['deleteMany'],

    async runAction(name, action, params) {
      const resource = resourceOf(name);
      const mutation = resource.actions.find((a) => a.field === action);
      if (!mutation) throw new HttpError(`${resource.label.zh}没有操作 ${action}`, 405);
      const variables: Record<string, unknown> = {
        ...params.args,
        [mutation.idArgument ?? 'id']: String(params.id),
      };
      if (mutation.versionArgument)
        variables[mutation.versionArgument] = params.previousData?.version;
      const record = await mutate(resource, mutation, variables);
      return { data: record ?? (await getOne(name, params.id)) };
    },
  };
}
