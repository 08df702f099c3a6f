import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureTree } from './support/fixtures.js';
import type { TestServer } from './support/server.js';
import { startFixtureWorld } from './support/world.js';

let server: TestServer;
let tree: FixtureTree;
let tokens: Record<string, string>;
beforeAll(async () => void ({ server, tree, tokens } = await startFixtureWorld()));
afterAll(() => server?.close());

const ALL_CODES = `{ unions(first: 200) { totalCount edges { node { code } } } }`;
const codesFor = async (user: string) => {
  const res = await server.graphql(ALL_CODES, {}, tokens[user]);
  expect(res.errors).toBeUndefined();
  const codes = res.data!.unions.edges.map((e: { node: { code: string } }) => e.node.code).sort();
  expect(res.data!.unions.totalCount).toBe(codes.length);
  return codes;
};

describe('each user sees only their own subtree of unions', () => {
  it('province sees all; a city its city; a county its county; grassroots itself', async () => {
    expect(await codesFor('province')).toEqual([
      '410000',
      '410100',
      '410100-001',
      '410105',
      '410105-001',
      '410105-002',
      '410181',
      '410181-001',
      '410200',
      '410204',
      '410204-001',
    ]);
    expect(await codesFor('zhengzhou')).toEqual([
      '410100',
      '410100-001',
      '410105',
      '410105-001',
      '410105-002',
    ]);
    expect(await codesFor('jinshui')).toEqual(['410105', '410105-001', '410105-002']);
    expect(await codesFor('wenhualu')).toEqual(['410105-001']);
    expect(await codesFor('gongyi')).toEqual(['410181', '410181-001']);
    expect(await codesFor('kaifeng')).toEqual(['410200', '410204', '410204-001']);
  });

  it("another union's id reads as null, and its children cannot be listed", async () => {
    const other = await server.graphql(
      'query($id: ID!) { union(id: $id) { name } }',
      { id: tree.unions.gulou.id },
      tokens.jinshui,
    );
    expect(other.errors).toBeUndefined();
    expect(other.data!.union).toBeNull();
    const kids = await server.graphql(
      'query($id: ID!) { unions(parentId: $id) { totalCount edges { node { code } } } }',
      { id: tree.unions.kaifeng.id },
      tokens.zhengzhou,
    );
    expect(kids.data!.unions).toEqual({ totalCount: 0, edges: [] });
  });

  it('the parent of your own union is hidden; children are direct children only', async () => {
    const res = await server.graphql(
      'query($id: ID!) { union(id: $id) { name parent { name } children { code } } }',
      { id: tree.unions.zhengzhou.id },
      tokens.zhengzhou,
    );
    expect(res.data!.union).toEqual({
      name: '郑州市总工会',
      parent: null,
      children: [{ code: '410100-001' }, { code: '410105' }],
    });
    const fromProvince = await server.graphql(
      'query($id: ID!) { union(id: $id) { parent { code } } }',
      { id: tree.unions.zhengzhou.id },
      tokens.province,
    );
    expect(fromProvince.data!.union.parent).toEqual({ code: '410000' });
  });

  it('a nested read of the tree is one SQL statement, child counts included', async () => {
    const res = await server.graphql(
      'query($id: ID!) { union(id: $id) { name childCount children { name childCount children { name level kind childCount } } } }',
      { id: tree.unions.province.id },
      tokens.province,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.union.children).toHaveLength(3);
    expect(res.data!.union.childCount).toBe(3);
    const zz = res.data!.union.children.find((c: { name: string }) => c.name === '郑州市总工会');
    expect(zz.childCount).toBe(2);
    expect(zz.children.map((c: { childCount: number }) => c.childCount).sort()).toEqual([0, 2]);
    const selects = res.statements.filter(
      (s) => /^\s*select/i.test(s) && !/(from|update) "sessions"/.test(s),
    );
    expect(selects).toHaveLength(1);
  });

  it('orders by name or level on request', async () => {
    const res = await server.graphql(
      '{ unions(first: 3, orderBy: LEVEL_ASC) { edges { node { level } } } }',
      {},
      tokens.province,
    );
    expect(res.data!.unions.edges.map((e: { node: { level: string } }) => e.node.level)).toEqual([
      'PROVINCE',
      'CITY',
      'DIRECT_COUNTY',
    ]);
    const byName = await server.graphql(
      '{ unions(first: 100, orderBy: NAME_ASC) { edges { node { name } } } }',
      {},
      tokens.zhengzhou,
    );
    const names = byName.data!.unions.edges.map((e: { node: { name: string } }) => e.node.name);
    expect(names).toEqual([...names].sort());
  });

  it('pages with Relay cursors', async () => {
    const first = await server.graphql(
      '{ unions(first: 4) { edges { cursor node { code } } pageInfo { hasNextPage endCursor } } }',
      {},
      tokens.province,
    );
    expect(first.data!.unions.edges).toHaveLength(4);
    expect(first.data!.unions.pageInfo.hasNextPage).toBe(true);
    const second = await server.graphql(
      'query($a: String) { unions(first: 100, after: $a) { edges { node { code } } pageInfo { hasNextPage } } }',
      { a: first.data!.unions.pageInfo.endCursor },
      tokens.province,
    );
    const codes = [...first.data!.unions.edges, ...second.data!.unions.edges].map(
      (e: { node: { code: string } }) => e.node.code,
    );
    expect(new Set(codes).size).toBe(11);
    expect(second.data!.unions.pageInfo.hasNextPage).toBe(false);
  });
});

const CREATE = `mutation($input: UnionInput!) {
  createUnion(input: $input) {
    __typename
    ... on Union { id code name level kind parent { code } }
    ... on ValidationError { message fieldErrors { path code message } }
  }
}`;

describe('creating and editing unions', () => {
  const grassroots = (parentId: string, code: string) => ({
    code,
    name: '金水区花园路街道总工会',
    level: 'GRASSROOTS',
    kind: 'TOWNSHIP_STREET',
    regionCode: '410105',
    parentId,
  });

  it('a county admin registers a grassroots union under it, which then shows in its tree', async () => {
    const res = await server.graphql(
      CREATE,
      { input: grassroots(tree.unions.jinshui.id, '410105-003') },
      tokens.jinshui,
    );
    expect(res.data!.createUnion).toMatchObject({
      __typename: 'Union',
      code: '410105-003',
      parent: { code: '410105' },
    });
    expect(await codesFor('jinshui')).toContain('410105-003');
    expect(await codesFor('kaifeng')).not.toContain('410105-003');
  });

  it("refuses a parent in another union's subtree", async () => {
    const res = await server.graphql(
      CREATE,
      { input: grassroots(tree.unions.gulou.id, '410204-009') },
      tokens.jinshui,
    );
    expect(res.data!.createUnion.__typename).toBe('ValidationError');
    expect(res.data!.createUnion.fieldErrors[0]).toMatchObject({
      path: ['parentId'],
      code: 'PARENT_NOT_FOUND',
    });
  });

  it('grassroots admins and analysts may not create unions', async () => {
    for (const user of ['wenhualu', 'analyst']) {
      const res = await server.graphql(
        CREATE,
        { input: grassroots(tree.unions.wenhualu.id, `x-${user}`) },
        tokens[user],
      );
      expect(res.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    }
  });

  it('bad input is a ValidationError with codes and Chinese messages, and writes nothing', async () => {
    const res = await server.graphql(
      CREATE,
      {
        input: {
          ...grassroots(tree.unions.jinshui.id, '410105-001'),
          regionCode: '4101',
          kind: null,
        },
      },
      tokens.province,
    );
    const err = res.data!.createUnion;
    expect(err.__typename).toBe('ValidationError');
    expect(err.fieldErrors.map((e: { code: string }) => e.code).sort()).toEqual([
      'REGION_CODE_FORMAT',
      'UNION_KIND_REQUIRED',
    ]);
    expect(err.message).toMatch(/[\u4e00-\u9fa5]/);
    const dup = await server.graphql(
      CREATE,
      { input: grassroots(tree.unions.jinshui.id, '410105-001') },
      tokens.province,
    );
    expect(dup.data!.createUnion.fieldErrors[0].code).toBe('UNION_CODE_TAKEN');
    const level = await server.graphql(
      CREATE,
      { input: { ...grassroots(tree.unions.province.id, 'zz-9'), level: 'COUNTY', kind: null } },
      tokens.province,
    );
    expect(level.data!.createUnion.fieldErrors[0].code).toBe('UNION_LEVEL_NOT_ALLOWED');
    expect(await codesFor('province')).not.toContain('zz-9');
  });

  it('updates with the version it read; a stale version is VERSION_CONFLICT', async () => {
    const UPDATE = `mutation($id: ID!, $v: Int!, $input: UnionInput!) {
      updateUnion(id: $id, version: $v, input: $input) {
        __typename ... on Union { name version liaisonName } ... on ValidationError { fieldErrors { code } }
      }
    }`;
    const input = {
      ...grassroots(tree.unions.jinshui.id, '410105-002'),
      name: '金水区黄河路社区工会联合会',
      kind: 'COMMUNITY',
      liaisonName: '王芳',
    };
    const ok = await server.graphql(
      UPDATE,
      { id: tree.unions.huanghelu.id, v: 1, input },
      tokens.jinshui,
    );
    expect(ok.data!.updateUnion).toEqual({
      __typename: 'Union',
      name: '金水区黄河路社区工会联合会',
      version: 2,
      liaisonName: '王芳',
    });
    const stale = await server.graphql(
      UPDATE,
      { id: tree.unions.huanghelu.id, v: 1, input: { ...input, name: '旧名' } },
      tokens.jinshui,
    );
    expect(stale.data!.updateUnion).toEqual({
      __typename: 'ValidationError',
      fieldErrors: [{ code: 'VERSION_CONFLICT' }],
    });
    const own = await server.graphql(
      UPDATE,
      {
        id: tree.unions.jinshui.id,
        v: 1,
        input: { ...input, level: 'COUNTY', kind: null, parentId: tree.unions.zhengzhou.id },
      },
      tokens.jinshui,
    );
    expect(own.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});
