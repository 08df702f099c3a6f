import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixtureTree } from './support/fixtures.js';
import { startTestServer, TEST_PASSWORD, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await seedFixtureTree(server.db);
});
afterAll(() => server?.close());

/** Ends every sign-in delay now, as if its time had passed. */
async function passDelays() {
  const { sql } = await import('drizzle-orm');
  await server.db.execute(
    sql`update sign_in_attempts set blocked_until = now() - interval '1 second' where blocked_until is not null`,
  );
}

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

  it('40 guesses at once: at most 5 are checked, the rest wait; after the delay the owner signs in', async () => {
    const guesses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        server.graphql(LOGIN, { u: 'huanghelu', p: `wrong-${i}-password` }),
      ),
    );
    const codes = guesses.map((g) => g.errors![0]!.extensions!.code);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS').length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 'SIGN_IN_THROTTLED').length).toBeGreaterThanOrEqual(35);
    expect(codes.every((c) => c === 'INVALID_CREDENTIALS' || c === 'SIGN_IN_THROTTLED')).toBe(true);
    // During the delay even the right password waits, and says for how long, in Chinese.
    const waiting = await server.graphql(LOGIN, { u: 'huanghelu', p: TEST_PASSWORD });
    const error = waiting.errors![0]! as { message: string; extensions: Record<string, unknown> };
    expect(error.extensions.code).toBe('SIGN_IN_THROTTLED');
    expect(error.extensions.retryAfter).toBeGreaterThan(0);
    expect(error.extensions.retryAfter).toBeLessThanOrEqual(60);
    expect(error.message).toMatch(/^登录尝试过于频繁，请 \d+ 秒后再试/);
    // Another user at the same address is not refused for huanghelu's failures.
    expect(await server.login('gongyi')).toBeTruthy();
    // The delay passes (its end moved instead of waited for): the owner's password works again.
    await passDelays();
    expect(await server.login('huanghelu')).toBeTruthy();
    const { sql } = await import('drizzle-orm');
    const left = await server.db.execute(
      sql`select key from sign_in_attempts where key like '%huanghelu%'`,
    );
    expect(JSON.stringify(left)).not.toContain('huanghelu');
  });

  it('each further failure after the limit doubles the delay; the limit is per account, not forever', async () => {
    for (let i = 0; i < 5; i++)
      await server.graphql(LOGIN, { u: 'zz-direct', p: `wrong-${i}-password` });
    const delays: number[] = [];
    for (let round = 0; round < 3; round++) {
      await passDelays();
      const failed = await server.graphql(LOGIN, { u: 'zz-direct', p: 'still-wrong-pw' });
      expect(failed.errors![0]!.extensions!.code).toBe('INVALID_CREDENTIALS');
      const waiting = await server.graphql(LOGIN, { u: 'zz-direct', p: TEST_PASSWORD });
      delays.push(Number(waiting.errors![0]!.extensions!.retryAfter));
    }
    expect(delays[1]).toBeGreaterThan(delays[0]!);
    expect(delays[2]).toBeGreaterThan(delays[1]!);
    expect(delays[2]).toBeLessThanOrEqual(15 * 60);
    await passDelays();
    expect(await server.login('zz-direct')).toBeTruthy();
  });

  it('a session ends after 30 idle minutes, and 12 hours after sign-in however active', async () => {
    const { sql } = await import('drizzle-orm');
    const sessionOf = async (token: string) => {
      const me = await server.graphql('{ me { id } }', {}, token);
      return me.data!.me.id as string;
    };
    const [idle, busy, old] = [
      await server.login('gulou'),
      await server.login('kaifeng'),
      await server.login('gulou-jc'),
    ];
    const idleUser = await sessionOf(idle);
    const busyUser = await sessionOf(busy);
    const oldUser = await sessionOf(old);
    const age = (userId: string, column: 'last_seen_at' | 'created_at', minutes: number) =>
      server.db.execute(
        sql`update sessions set ${sql.identifier(column)} = now() - make_interval(mins => ${minutes})
            where user_id = ${userId} and revoked_at is null`,
      );
    await age(idleUser, 'last_seen_at', 31);
    await age(busyUser, 'last_seen_at', 29);
    await age(oldUser, 'created_at', 12 * 60 + 1);
    const code = async (token: string) =>
      (await server.graphql('{ me { id } }', {}, token)).errors?.[0]?.extensions?.code ?? 'OK';
    expect(await code(idle)).toBe('UNAUTHENTICATED');
    expect(await code(old)).toBe('UNAUTHENTICATED');
    // Used within the idle time: it goes on, and the use is recorded.
    expect(await code(busy)).toBe('OK');
    const seen = await server.db.execute(
      sql`select count(*)::int as n from sessions
          where user_id = ${busyUser} and last_seen_at > now() - interval '1 minute'`,
    );
    expect(JSON.stringify(seen)).toContain('"n":1');
    // Files answer the same.
    const file = await fetch(`${server.url}/spreadsheets/archive-template.xlsx`, {
      headers: { authorization: `Bearer ${idle}` },
    });
    expect(file.status).toBe(401);
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

describe('one address trying many accounts', () => {
  it('is slowed after 50 checks; its successes are not charged', async () => {
    const { sql } = await import('drizzle-orm');
    await server.db.execute(sql`delete from sign_in_attempts`);
    expect(await server.login('gulou')).toBeTruthy();
    for (let i = 0; i < 50; i++) {
      const res = await server.graphql(LOGIN, { u: `nobody-${i}`, p: 'wrong-password' });
      expect(res.errors![0]!.extensions!.code).toBe('INVALID_CREDENTIALS');
    }
    const next = await server.graphql(LOGIN, { u: 'gulou-jc', p: TEST_PASSWORD });
    expect(next.errors![0]!.extensions!.code).toBe('SIGN_IN_THROTTLED');
    await server.db.execute(sql`delete from sign_in_attempts`);
  });
});

describe('BANGFU_SESSION_IDLE_MINUTES', () => {
  it('defaults to 30 minutes, takes a positive number, and stops start-up on anything else', async () => {
    const { readConfig } = await import('../src/config.js');
    expect(readConfig({}).sessionIdleMinutes).toBe(30);
    expect(readConfig({ BANGFU_SESSION_IDLE_MINUTES: '5' }).sessionIdleMinutes).toBe(5);
    for (const bad of ['0', '-3', 'half an hour'])
      expect(() => readConfig({ BANGFU_SESSION_IDLE_MINUTES: bad }), bad).toThrow(
        /BANGFU_SESSION_IDLE_MINUTES/,
      );
  });
});
