import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixtureTree } from './support/fixtures.js';
import { startTestServer, TEST_PASSWORD, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await seedFixtureTree(server.db);
});
afterAll(() => server?.close());

const LOGIN = `mutation($u: String!, $p: String!) {
  login(username: $u, password: $p) { token expiresAt user { id username role union { name parent { name } } } }
}`;

describe('sign-in', () => {
  it('the bootstrap admin signs in and reads who they are', async () => {
    const res = await server.graphql(LOGIN, { u: 'admin', p: 'bangfu-test-admin' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.login.user).toMatchObject({
      username: 'admin',
      role: 'PROVINCE_ADMIN',
      union: { name: '河南省总工会', parent: null },
    });
    const token = res.data!.login.token as string;
    expect(token.length).toBeGreaterThanOrEqual(40);
    const me = await server.graphql('{ me { username name role union { code } } }', {}, token);
    expect(me.data!.me).toEqual({
      username: 'admin',
      name: '省总工会管理员',
      role: 'PROVINCE_ADMIN',
      union: { code: '410000' },
    });
  });

  it('a wrong password and an unknown user answer the same error', async () => {
    const wrong = await server.graphql(LOGIN, { u: 'jinshui', p: 'not-the-password' });
    const unknown = await server.graphql(LOGIN, { u: 'nobody-here', p: 'whatever-123' });
    expect(wrong.data).toBeNull();
    expect(wrong.errors![0]!.extensions!.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.errors![0]!.message).toBe(wrong.errors![0]!.message);
    expect(unknown.errors![0]!.extensions!.code).toBe(wrong.errors![0]!.extensions!.code);
  });

  it('without a token only login answers; everything else is UNAUTHENTICATED', async () => {
    for (const query of [
      '{ me { id } }',
      '{ dictionaries { name } }',
      '{ unions { totalCount } }',
      'mutation { logout }',
    ]) {
      const res = await server.graphql(query);
      expect(res.errors?.[0]?.extensions?.code, query).toBe('UNAUTHENTICATED');
      expect(res.data ?? null).toBeNull();
    }
    const bogus = await server.graphql('{ me { id } }', {}, 'made-up-token');
    expect(bogus.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('logout revokes the token at once', async () => {
    const token = await server.login('wenhualu');
    expect((await server.graphql('{ me { username } }', {}, token)).data!.me.username).toBe(
      'wenhualu',
    );
    expect((await server.graphql('mutation { logout }', {}, token)).data!.logout).toBe(true);
    const after = await server.graphql('{ me { username } }', {}, token);
    expect(after.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('repeated failures for one username are throttled, even with the right password afterwards', async () => {
    for (let i = 0; i < 5; i++)
      await server.graphql(LOGIN, { u: 'huanghelu', p: `wrong-${i}-password` });
    const blocked = await server.graphql(LOGIN, { u: 'huanghelu', p: TEST_PASSWORD });
    expect(blocked.errors![0]!.extensions!.code).toBe('TOO_MANY_ATTEMPTS');
    // Other users are not affected by one user's lockout.
    expect(await server.login('gongyi')).toBeTruthy();
  });

  it("another union's user reads without their union", async () => {
    const token = await server.login('jinshui');
    const res = await server.graphql('{ me { union { code } } }', {}, token);
    expect(res.data!.me.union).toEqual({ code: '410105' });
    const login = await server.graphql(LOGIN, { u: 'zhengzhou', p: TEST_PASSWORD });
    expect(login.data!.login.user.union).toEqual({ name: '郑州市总工会', parent: null });
  });

  it('the token is stored only as a hash', async () => {
    const token = await server.login('gongyi-jc');
    const { sql } = await import('drizzle-orm');
    const rows = await server.db.execute(sql`select token_hash from sessions`);
    const hashes = JSON.stringify(rows);
    expect(hashes).not.toContain(token);
  });
});
