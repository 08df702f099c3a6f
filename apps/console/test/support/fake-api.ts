import { graphql, buildSchema, type GraphQLFieldResolver } from 'graphql';
import { TEST_SDL } from './schema.js';

/*
 * A fake API for the data provider's tests: the test schema executed by graphql-js over arrays
 * in memory, behind a fetch function, so every document the provider writes is also validated.
 */

export interface Request {
  query: string;
  variables: Record<string, unknown>;
  authorization: string | null;
}

type Row = Record<string, unknown> & { id: string };

function connection(rows: Row[], args: { first?: number; after?: string }) {
  const start = args.after ? Number(args.after.slice(1)) : 0;
  const page = rows.slice(start, start + (args.first ?? rows.length));
  return {
    totalCount: rows.length,
    pageInfo: {
      hasNextPage: start + page.length < rows.length,
      endCursor: page.length ? `c${start + page.length}` : null,
    },
    edges: page.map((node, i) => ({ cursor: `c${start + i + 1}`, node })),
  };
}

export function createFakeApi() {
  const schema = buildSchema(TEST_SDL);
  const province: Row = {
    id: 'u0',
    name: '河南省总工会',
    level: 'PROVINCE',
    parent: null,
    children: [],
    version: 1,
  };
  const unions: Row[] = [
    province,
    ...Array.from({ length: 99 }, (_, i) => ({
      id: `u${i + 1}`,
      name: `工会${i + 1}`,
      level: 'CITY',
      parent: province,
      children: [],
      version: 1,
    })),
  ];
  const users: Row[] = [
    {
      id: 'p1',
      username: 'admin',
      name: '管理员',
      phone: null,
      role: 'PROVINCE_ADMIN',
      union: province,
      version: 3,
    },
  ];
  const lines: Record<string, unknown>[] = [
    { regionCode: '410100', year: 2026, monthlyFen: 78000 },
    { regionCode: '410105', year: 2026, monthlyFen: 76000 },
    { regionCode: '410100', year: 2025, monthlyFen: 75000 },
  ];
  const requests: Request[] = [];
  let failWith: { message: string; extensions: { code: string } } | undefined;

  // Each resolver is called as (source, args); the argument types are the test's business.
  const resolvers: Record<string, (source: unknown, args: never) => unknown> = {
    unions: (
      _: unknown,
      args: { search?: string; level?: string; first?: number; after?: string },
    ) =>
      connection(
        unions.filter(
          (u) =>
            (!args.search || String(u.name).includes(args.search)) &&
            (!args.level || u.level === args.level),
        ),
        args,
      ),
    union: (_: unknown, { id }: { id: string }) => unions.find((u) => u.id === id) ?? null,
    users: (_: unknown, args: { first?: number; after?: string }) => connection(users, args),
    user: (_: unknown, { id }: { id: string }) => users.find((u) => u.id === id) ?? null,
    archives: (_: unknown, args: { first?: number; after?: string }) => connection([], args),
    createUser: (_: unknown, { input }: { input: Row }) => {
      if (users.some((u) => u.username === input.username))
        return {
          __typename: 'ValidationError',
          message: '该登录名已被使用。',
          fieldErrors: [
            { path: ['username'], code: 'USERNAME_TAKEN', message: '该登录名已被使用。' },
          ],
        };
      const user = {
        ...input,
        id: `p${users.length + 1}`,
        union: unions.find((u) => u.id === input.unionId),
        version: 1,
      };
      users.push(user);
      return { __typename: 'User', ...user };
    },
    updateUser: (
      _: unknown,
      { id, version, input }: { id: string; version: number; input: Row },
    ) => {
      const user = users.find((u) => u.id === id)!;
      if (user.version !== version)
        return {
          __typename: 'ValidationError',
          message: '记录已被他人修改，请刷新后重试。',
          fieldErrors: [
            { path: [], code: 'VERSION_CONFLICT', message: '记录已被他人修改，请刷新后重试。' },
          ],
        };
      Object.assign(user, input, { version: version + 1 });
      return { __typename: 'User', ...user };
    },
    minimumLivingLines: (_: unknown, { year }: { year?: number }) =>
      lines.filter((l) => year == null || l.year === year),
    setMinimumLivingLine: (_: unknown, line: Record<string, unknown>) => {
      lines.push(line);
      return { __typename: 'MinimumLivingLine', ...line };
    },
    submitForApproval: (_: unknown, { id }: { id: string }) => ({
      __typename: 'Archive',
      id,
      number: '410100-2026-00001',
      name: '张三',
      status: 'PUBLICIZING',
      union: province,
      version: 2,
    }),
    createArchive: () => ({
      __typename: 'ValidationError',
      message: '第1位家庭成员：身份证号校验位不符',
      fieldErrors: [
        {
          path: ['members', '0', 'idNumber'],
          code: 'ID_NUMBER_CHECKSUM',
          message: '第1位家庭成员：身份证号校验位不符',
        },
        { path: ['householdSize'], code: 'HOUSEHOLD_SIZE', message: '家庭人口至少为 1' },
      ],
    }),
  };

  async function fetch(_url: string, init: RequestInit): Promise<Response> {
    const body = JSON.parse(String(init.body)) as {
      query: string;
      variables: Record<string, unknown>;
    };
    const headers = init.headers as Record<string, string>;
    requests.push({
      query: body.query,
      variables: body.variables,
      authorization: headers.authorization ?? null,
    });
    if (failWith)
      return new Response(JSON.stringify({ errors: [failWith], data: null }), { status: 200 });
    const result = await graphql({
      schema,
      source: body.query,
      variableValues: body.variables,
      rootValue: resolvers,
      fieldResolver: (source, args, context, info) => {
        const value = (source as Record<string, unknown>)[info.fieldName];
        return typeof value === 'function'
          ? (value as GraphQLFieldResolver<unknown, unknown>)(source, args, context, info)
          : value;
      },
      typeResolver: (value) => (value as { __typename: string }).__typename,
    });
    if (result.errors)
      throw new Error(
        `invalid document: ${result.errors.map((e) => e.message).join('; ')}\n${body.query}`,
      );
    return new Response(JSON.stringify(result), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  }

  return {
    fetch,
    requests,
    unions,
    users,
    failNextWith(code: string, message = code) {
      failWith = { message, extensions: { code } };
    },
    reset() {
      requests.length = 0;
      failWith = undefined;
    },
  };
}
