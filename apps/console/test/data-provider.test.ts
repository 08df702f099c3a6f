import { can } from '../src/access.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { CONSOLE_HEADERS, createAuthProvider, USER_KEY } from '../src/data/auth-provider.js';
import { createDataProvider } from '../src/data/data-provider.js';
import { createGraphQLClient } from '../src/data/graphql-client.js';
import { createFakeApi } from './support/fake-api.js';
import { testModel } from './support/schema.js';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const api = createFakeApi();
const storage = memoryStorage();
storage.setItem(USER_KEY, JSON.stringify({ id: 'p1' }));
const client = createGraphQLClient({ fetch: api.fetch, token: () => 'token-1' });
const provider = createDataProvider(testModel, client);
const sort = { field: 'id', order: 'ASC' as const };

beforeEach(() => api.reset());

describe('getList over Relay cursors', () => {
  it('reads page 1 with `first`, and flattens references to ids for the forms', async () => {
    const result = await provider.getList('unions', {
      pagination: { page: 1, perPage: 10 },
      sort,
      filter: {},
    });
    expect(result.total).toBe(100);
    expect(result.data.map((u) => u.id)).toEqual([
      'u0',
      'u1',
      'u2',
      'u3',
      'u4',
      'u5',
      'u6',
      'u7',
      'u8',
      'u9',
    ]);
    expect(result.data[1]).toMatchObject({
      parent: { id: 'u0', name: '河南省总工会' },
      parentId: 'u0',
    });
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]!.variables).toEqual({ first: 10, after: null });
    expect(api.requests[0]!.authorization).toBe('Bearer token-1');
  });

  it('goes to the next page with the previous page’s endCursor, in one request', async () => {
    await provider.getList('unions', {
      pagination: { page: 1, perPage: 10 },
      sort,
      filter: { search: '工会' },
    });
    api.reset();
    const page2 = await provider.getList('unions', {
      pagination: { page: 2, perPage: 10 },
      sort,
      filter: { search: '工会' },
    });
    expect(api.requests.map((r) => r.variables)).toEqual([
      { search: '工会', first: 10, after: 'c10' },
    ]);
    expect(page2.data[0]!.id).toBe('u10'); // 河南省总工会 matches 工会 too
  });

  it('jumps to a far page by walking only cursors, then remembers every page boundary', async () => {
    const page5 = await provider.getList('unions', {
      pagination: { page: 5, perPage: 7 },
      sort,
      filter: {},
    });
    expect(page5.data.map((u) => u.id)).toEqual(['u28', 'u29', 'u30', 'u31', 'u32', 'u33', 'u34']);
    expect(api.requests).toHaveLength(2);
    expect(api.requests[0]!.query).toMatch(/edges \{ cursor \} \}/);
    expect(api.requests[0]!.variables).toEqual({ first: 28, after: null });
    api.reset();
    await provider.getList('unions', { pagination: { page: 3, perPage: 7 }, sort, filter: {} });
    expect(api.requests.map((r) => r.variables)).toEqual([{ first: 7, after: 'c14' }]);
  });

  it('answers an empty page past the end', async () => {
    const result = await provider.getList('unions', {
      pagination: { page: 30, perPage: 10 },
      sort,
      filter: { level: 'CITY' },
    });
    expect(result.data).toEqual([]);
    expect(result.total).toBe(99);
  });

  it('maps filters to connection arguments or the filter object, and sorts through orderBy', async () => {
    await provider.getList('archives', {
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'name', order: 'ASC' },
      filter: { q: '张', status: 'DRAFT', unionId: 'u3', householdSize: '2', unknown: 'x' },
    });
    expect(api.requests[0]!.variables).toEqual({
      filter: { search: '张', status: 'DRAFT', unionId: 'u3', householdSize: 2 },
      orderBy: 'NAME_ASC',
      first: 50,
      after: null,
    });
  });

  it('uses hasNextPage when the connection has no totalCount', async () => {
    const result = await provider.getList('archives', {
      pagination: { page: 1, perPage: 50 },
      sort,
      filter: {},
    });
    expect(result).toEqual({ data: [], pageInfo: { hasNextPage: false, hasPreviousPage: false } });
  });

  it('finds references of a record through the list’s filter argument', async () => {
    const result = await provider.getManyReference('users', {
      target: 'unionId',
      id: 'u0',
      pagination: { page: 1, perPage: 25 },
      sort,
      filter: {},
    });
    expect(api.requests[0]!.variables).toMatchObject({ unionId: 'u0' });
    expect(result.data[0]).toMatchObject({ username: 'admin', unionId: 'u0' });
  });
});

describe('plain lists (a root field answering a whole list)', () => {
  it('filters through the arguments, then sorts and pages in the browser, with ids made of the values', async () => {
    const result = await provider.getList('minimumLivingLines', {
      pagination: { page: 1, perPage: 1 },
      sort: { field: 'monthlyFen', order: 'ASC' },
      filter: { year: '2026' },
    });
    expect(api.requests[0]!.variables).toEqual({ year: 2026 });
    expect(result).toEqual({
      data: [{ id: '410105|2026|76000', regionCode: '410105', year: 2026, monthlyFen: 76000 }],
      total: 2,
    });
  });

  it('adds a record through a `set…` mutation taking flat arguments', async () => {
    const { data } = await provider.create('minimumLivingLines', {
      data: { regionCode: '410200', year: '2026', monthlyFen: 70000 },
    });
    expect(api.requests[0]!.variables).toEqual({
      regionCode: '410200',
      year: 2026,
      monthlyFen: 70000,
    });
    expect(data.id).toBe('410200|2026|70000');
  });
});

describe('reading records', () => {
  it('reads one record by id, and several in batches of aliased by-id queries', async () => {
    const one = await provider.getOne('unions', { id: 'u5' });
    expect(one.data).toMatchObject({ id: 'u5', name: '工会5', children: [], childrenIds: [] });
    api.reset();
    const ids = Array.from({ length: 30 }, (_, i) => `u${i}`);
    const many = await provider.getMany('unions', { ids: [...ids, 'nope'] });
    expect(many.data).toHaveLength(30);
    expect(api.requests).toHaveLength(2);
  });

  it('says a missing record does not exist', async () => {
    await expect(provider.getOne('unions', { id: 'nope' })).rejects.toMatchObject({ status: 404 });
  });
});

describe('writing records', () => {
  it('creates through the input type, keeping only the input’s fields', async () => {
    const created = await provider.create('users', {
      data: {
        username: 'zhang',
        name: '张三',
        password: 'secret-123',
        phone: '',
        role: 'GRASSROOTS_ADMIN',
        unionId: 'u1',
        extra: 1,
      },
    });
    expect(api.requests[0]!.variables).toEqual({
      input: {
        username: 'zhang',
        name: '张三',
        password: 'secret-123',
        phone: null,
        role: 'GRASSROOTS_ADMIN',
        unionId: 'u1',
      },
    });
    expect(created.data).toMatchObject({ username: 'zhang', unionId: 'u1', union: { id: 'u1' } });
  });

  it('updates with the version read, sending only changed fields of a patch input', async () => {
    const { data: previousData } = await provider.getOne('users', { id: 'p1' });
    api.reset();
    const updated = await provider.update('users', {
      id: 'p1',
      data: { ...previousData, name: '省管理员', password: '' },
      previousData,
    });
    expect(api.requests[0]!.variables).toEqual({
      id: 'p1',
      version: 3,
      input: { name: '省管理员' },
    });
    expect(updated.data).toMatchObject({ name: '省管理员', version: 4 });
  });

  it('sends every field of a full input (required fields present)', async () => {
    const { data: previousData } = await provider.getOne('unions', { id: 'u2' });
    api.reset();
    await provider
      .update('unions', { id: 'u2', data: { ...previousData, name: '新名称' }, previousData })
      .catch(() => undefined);
    expect(api.requests[0]!.variables).toEqual({
      id: 'u2',
      version: 1,
      input: { name: '新名称', parentId: 'u0', level: 'CITY' },
    });
  });

  it('turns a ValidationError into field errors on the matching inputs', async () => {
    const error = await provider
      .create('users', {
        data: {
          username: 'admin',
          name: 'x',
          password: 'secret-123',
          role: 'PROVINCE_ADMIN',
          unionId: 'u0',
        },
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 400,
      message: '该登录名已被使用。',
      body: {
        errors: { username: '该登录名已被使用。', root: { serverError: '该登录名已被使用。' } },
      },
    });
  });

  it('nests errors on list rows the way the form names them (members.0.idNumber)', async () => {
    const error = (await provider
      .create('archives', {
        data: {
          name: '张三',
          householdSize: '0',
          members: [{ name: '李四', monthlyIncomeFen: '' }],
        },
      })
      .catch((e: unknown) => e)) as { body: { errors: Record<string, unknown> } };
    expect(api.requests[0]!.variables).toEqual({
      input: {
        name: '张三',
        householdSize: 0,
        members: [{ name: '李四', monthlyIncomeFen: null }],
      },
    });
    expect(error.body.errors).toEqual({
      members: { 0: { idNumber: '第1位家庭成员：身份证号校验位不符' } },
      householdSize: '家庭人口至少为 1',
      root: { serverError: '第1位家庭成员：身份证号校验位不符' },
    });
  });

  it('reports a stale version as a form-level error', async () => {
    const { data: previousData } = await provider.getOne('users', { id: 'p1' });
    const error = await provider
      .update('users', {
        id: 'p1',
        data: { name: '旧' },
        previousData: { ...previousData, version: 1 },
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 400,
      body: { errors: { root: { serverError: '记录已被他人修改，请刷新后重试。' } } },
    });
  });

  it('forgets the cursors of a resource after writing to it', async () => {
    await provider.getList('users', { pagination: { page: 1, perPage: 1 }, sort, filter: {} });
    await provider.create('users', {
      data: {
        username: 'li',
        name: '李四',
        password: 'secret-123',
        role: 'GRASSROOTS_ADMIN',
        unionId: 'u1',
      },
    });
    api.reset();
    await provider.getList('users', { pagination: { page: 2, perPage: 1 }, sort, filter: {} });
    expect(api.requests).toHaveLength(2); // walked again: the old cursors were dropped
  });

  it('runs an action (a workflow transition) on a record, passing its id', async () => {
    const { data } = await provider.runAction('archives', 'submitForApproval', { id: 'a1' });
    expect(api.requests[0]!.variables).toEqual({ id: 'a1' });
    expect(data).toMatchObject({ id: 'a1', status: 'PUBLICIZING', unionId: 'u0' });
    await expect(
      provider.runAction('archives', 'startPublicNotice', { id: 'a1' }),
    ).rejects.toMatchObject({ status: 405 });
  });
});

describe('errors and the auth provider', () => {
  it('UNAUTHENTICATED is a 401 that signs out; FORBIDDEN a 403 that does not', async () => {
    const auth = createAuthProvider(client, storage);
    api.failNextWith('UNAUTHENTICATED', '请先登录。');
    const error = (await provider.getOne('unions', { id: 'u1' }).catch((e: unknown) => e)) as {
      status: number;
    };
    expect(error).toMatchObject({ status: 401, message: '请先登录。' });
    await expect(auth.checkError(error)).rejects.toMatchObject({
      message: 'ra.notification.logged_out',
    });
    expect(storage.getItem(USER_KEY)).toBeNull();
    await expect(auth.checkError({ status: 403 })).resolves.toBeUndefined();
  });

  it('signs in with login, keeps no token (the cookie has it), and gives role and union as permissions', async () => {
    const sent: Record<string, string>[] = [];
    const loginApi = {
      fetch: async (_url: string, init: RequestInit) => {
        sent.push(init.headers as Record<string, string>);
        const { query } = JSON.parse(String(init.body)) as { query: string };
        const user = {
          id: 'p1',
          username: 'admin',
          name: '管理员',
          role: 'PROVINCE_ADMIN',
          union: { id: 'u0', name: '河南省总工会', level: 'PROVINCE' },
        };
        const viewerCan = {
          createArchives: true,
          manageUnions: true,
          readUsers: true,
          manageUsers: true,
          setMinimumLivingLines: true,
          manageDictionaries: true,
        };
        const data = query.includes('login(')
          ? {
              login: {
                token: null,
                expiresAt: '2030-01-01T00:00:00Z',
                mustChangePassword: false,
                user,
              },
            }
          : query.includes('me {')
            ? { me: { ...user, mustChangePassword: false, viewerCan } }
            : { logout: true };
        return new Response(JSON.stringify({ data }));
      },
    };
    const store = memoryStorage();
    const auth = createAuthProvider(
      createGraphQLClient({ fetch: loginApi.fetch, headers: CONSOLE_HEADERS }),
      store,
    );
    await expect(auth.checkAuth({})).rejects.toEqual({ message: false });
    await auth.login({ username: ' admin ', password: 'bangfu-admin' });
    expect(JSON.stringify([...Array(store.length)].map((_, i) => store.key(i)))).not.toContain(
      'token',
    );
    expect(sent[0]).toMatchObject({ 'x-bangfu-session': 'cookie', 'x-bangfu-csrf': '1' });
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
    expect(await auth.getPermissions!({})).toEqual({
      role: 'PROVINCE_ADMIN',
      unionId: 'u0',
      unionName: '河南省总工会',
      unionLevel: 'PROVINCE',
      mustChangePassword: false,
      viewerCan: expect.objectContaining({ createArchives: true, manageUsers: true }),
    });
    // Menus and buttons follow the API's answer, not the role.
    expect(can(await auth.getPermissions!({}), 'create', 'users')).toBe(true);
    expect(can({ ...(await auth.getPermissions!({}))!, viewerCan: null }, 'create', 'users')).toBe(
      false,
    );
    await auth.logout({});
    expect(store.getItem(USER_KEY)).toBeNull();
  });
});
