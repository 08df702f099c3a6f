import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_USERS, seedFixtureTree, type FixtureTree } from './support/fixtures.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let tree: FixtureTree;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  server = await startTestServer();
  tree = await seedFixtureTree(server.db);
  for (const username of ['province', 'zhengzhou', 'jinshui', 'kaifeng', 'analyst'])
    tokens[username] = await server.login(username);
});
afterAll(() => server?.close());

const CREATE = `mutation($input: CreateUserInput!) {
  createUser(input: $input) {
    __typename
    ... on User { id username role version union { code } }
    ... on ValidationError { fieldErrors { path code message } }
  }
}`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateUserInput!) {
  updateUser(id: $id, version: $v, input: $input) {
    __typename
    ... on User { username role disabled version }
    ... on ValidationError { fieldErrors { path code } }
  }
}`;

const CHANGE_PASSWORD = `mutation($c: String!, $n: String!) {
  changePassword(currentPassword: $c, newPassword: $n) {
    __typename
    ... on User { mustChangePassword }
    ... on ValidationError { fieldErrors { path code message } }
  }
}`;

describe('managing users', () => {
  it('a city admin creates a grassroots admin in its subtree, who can then sign in', async () => {
    const res = await server.graphql(
      CREATE,
      {
        input: {
          username: 'Wang.Fang',
          name: '王芳',
          password: 'a-good-password',
          role: 'GRASSROOTS_ADMIN',
          unionId: tree.unions.huanghelu.id,
        },
      },
      tokens.zhengzhou,
    );
    expect(res.data!.createUser).toMatchObject({
      __typename: 'User',
      username: 'wang.fang',
      role: 'GRASSROOTS_ADMIN',
      union: { code: '410105-002' },
    });
    expect(await server.login('wang.fang', 'a-good-password')).toBeTruthy();
  });

  it('an issued password is flagged until its owner changes it; API clients are not refused meanwhile', async () => {
    const login = await server.graphql(
      'mutation { login(username: "wang.fang", password: "a-good-password") { token mustChangePassword } }',
    );
    expect(login.data!.login.mustChangePassword).toBe(true);
    const token = login.data!.login.token as string;
    const other = await server.login('wang.fang', 'a-good-password');
    const me = await server.graphql('{ me { username mustChangePassword } }', {}, token);
    expect(me.data!.me).toEqual({ username: 'wang.fang', mustChangePassword: true });
    // CONTRACT.md: the console insists on the change; the API answers the token as usual.
    expect((await server.graphql('{ dictionaries { name } }', {}, token)).errors).toBeUndefined();

    const change = (c: string, n: string) =>
      server.graphql(CHANGE_PASSWORD, { c, n }, token).then((r) => r.data!.changePassword);
    expect((await change('not-my-password', 'wang-fang-own-2026')).fieldErrors).toEqual([
      { path: ['currentPassword'], code: 'CURRENT_PASSWORD_WRONG', message: '当前密码不正确。' },
    ]);
    expect((await change('a-good-password', 'wang.fang.2026')).fieldErrors).toEqual([
      {
        path: ['newPassword'],
        code: 'PASSWORD_CONTAINS_USERNAME',
        message: '密码不能包含登录名。',
      },
    ]);
    expect((await change('a-good-password', 'a-good-password')).fieldErrors[0].code).toBe(
      'PASSWORD_UNCHANGED',
    );
    expect(await change('a-good-password', '黄河路的老槐树-2026')).toEqual({
      __typename: 'User',
      mustChangePassword: false,
    });
    // The same token goes on; the other session has ended.
    expect((await server.graphql('{ dictionaries { name } }', {}, token)).errors).toBeUndefined();
    const ended = await server.graphql('{ me { id } }', {}, other);
    expect(ended.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(await server.login('wang.fang', '黄河路的老槐树-2026')).toBeTruthy();

    // An admin's reset issues a password again, to be changed again.
    const { id, version } = (await server.graphql('{ me { id version } }', {}, token)).data!.me;
    const reset = await server.graphql(
      UPDATE,
      { id, v: version, input: { password: 'issued-again-77' } },
      tokens.zhengzhou,
    );
    expect(reset.data!.updateUser.__typename).toBe('User');
    const again = await server.login('wang.fang', 'issued-again-77');
    const meAgain = await server.graphql('{ me { mustChangePassword } }', {}, again);
    expect(meAgain.data!.me.mustChangePassword).toBe(true);
    const weakReset = await server.graphql(
      UPDATE,
      { id, v: version, input: { password: '        ' } },
      tokens.zhengzhou,
    );
    expect(weakReset.data!.updateUser.fieldErrors[0]).toEqual({
      path: ['password'],
      code: 'PASSWORD_BLANK',
    });
  });

  it('refuses a union outside the subtree, a role that does not fit the level, a short password, a taken name', async () => {
    const outside = await server.graphql(
      CREATE,
      {
        input: {
          username: 'x1',
          name: '某某',
          password: 'long-enough-1',
          role: 'GRASSROOTS_ADMIN',
          unionId: tree.unions.gulouJc.id,
        },
      },
      tokens.zhengzhou,
    );
    expect(outside.data!.createUser.fieldErrors[0]).toMatchObject({
      path: ['unionId'],
      code: 'UNION_NOT_FOUND',
    });
    const bad = await server.graphql(
      CREATE,
      {
        input: {
          username: 'jinshui',
          name: '某某',
          password: 'short',
          role: 'PROVINCE_ADMIN',
          unionId: tree.unions.jinshui.id,
        },
      },
      tokens.zhengzhou,
    );
    const codes = bad.data!.createUser.fieldErrors.map((e: { code: string }) => e.code).sort();
    expect(codes).toEqual([
      'PASSWORD_TOO_SHORT',
      'ROLE_NOT_ALLOWED',
      'ROLE_NOT_FOR_LEVEL',
      'USERNAME_TAKEN',
    ]);
  });

  it('refuses the passwords the security test got through, with a Chinese message, writing nothing', async () => {
    for (const [password, code] of [
      ['12345678', 'PASSWORD_TOO_SHORT'],
      ['        ', 'PASSWORD_BLANK'],
      ['zhao.liuliu', 'PASSWORD_CONTAINS_USERNAME'],
      ['1234567890', 'PASSWORD_COMMON'],
      ['Password2026!', 'PASSWORD_COMMON'],
    ]) {
      const res = await server.graphql(
        CREATE,
        {
          input: {
            username: 'zhao.liuliu',
            name: '赵六六',
            password,
            role: 'GRASSROOTS_ADMIN',
            unionId: tree.unions.huanghelu.id,
          },
        },
        tokens.zhengzhou,
      );
      expect(res.data!.createUser.fieldErrors, password).toEqual([
        { path: ['password'], code, message: expect.stringMatching(/^密码|常见密码/) },
      ]);
    }
    const list = await server.graphql(
      '{ users(search: "zhao") { totalCount } }',
      {},
      tokens.province,
    );
    expect(list.data!.users.totalCount).toBe(0);
  });

  it('county admins and analysts may not manage users', async () => {
    for (const user of ['jinshui', 'analyst']) {
      const res = await server.graphql(
        CREATE,
        {
          input: {
            username: `by-${user}`,
            name: '某某',
            password: 'long-enough-1',
            role: 'GRASSROOTS_ADMIN',
            unionId: tree.unions.wenhualu.id,
          },
        },
        tokens[user],
      );
      expect(res.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    }
  });

  it('disabling a user or changing the password signs them out at once; versions are checked', async () => {
    const victim = await server.login('huanghelu');
    const [row] = (
      await server.graphql(
        '{ users(search: "huanghelu") { edges { node { id version } } } }',
        {},
        tokens.zhengzhou,
      )
    ).data!.users.edges;
    const { id, version } = row.node;
    const res = await server.graphql(
      UPDATE,
      { id, v: version, input: { disabled: true } },
      tokens.zhengzhou,
    );
    expect(res.data!.updateUser).toMatchObject({ disabled: true, version: version + 1 });
    expect((await server.graphql('{ me { id } }', {}, victim)).errors![0]!.extensions!.code).toBe(
      'UNAUTHENTICATED',
    );
    const stale = await server.graphql(
      UPDATE,
      { id, v: version, input: { disabled: false } },
      tokens.zhengzhou,
    );
    expect(stale.data!.updateUser.fieldErrors[0].code).toBe('VERSION_CONFLICT');
    const otherCity = await server.graphql(
      UPDATE,
      { id, v: version + 1, input: { disabled: false } },
      tokens.kaifeng,
    );
    expect(otherCity.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('filters by a union subtree', async () => {
    const res = await server.graphql(
      'query($u: ID) { users(first: 100, unionId: $u) { totalCount edges { node { username } } } }',
      { u: tree.unions.jinshui.id },
      tokens.zhengzhou,
    );
    const names = res
      .data!.users.edges.map((e: { node: { username: string } }) => e.node.username)
      .sort();
    expect(names).toEqual(['huanghelu', 'jinshui', 'wang.fang', 'wenhualu']);
    expect(res.data!.users.totalCount).toBe(4);
    const outside = await server.graphql(
      'query($u: ID) { users(unionId: $u) { totalCount } }',
      { u: tree.unions.gulou.id },
      tokens.zhengzhou,
    );
    expect(outside.data!.users.totalCount).toBe(0);
  });

  it('lists only users of the subtree, and never exposes password hashes', async () => {
    const res = await server.graphql(
      '{ users(first: 100) { totalCount edges { node { username union { code } } } } }',
      {},
      tokens.kaifeng,
    );
    const names = res
      .data!.users.edges.map((e: { node: { username: string } }) => e.node.username)
      .sort();
    expect(names).toEqual(['gulou', 'gulou-jc', 'kaifeng']);
    expect(res.data!.users.totalCount).toBe(3);
    const introspect = await server.graphql(
      '{ __type(name: "User") { fields { name } } }',
      {},
      tokens.province,
    );
    const fields = introspect.data!.__type.fields.map((f: { name: string }) => f.name);
    expect(fields).not.toContain('passwordHash');
    expect(Object.keys(FIXTURE_USERS).length).toBeGreaterThan(5);
  });
});
