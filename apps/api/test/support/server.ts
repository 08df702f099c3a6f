import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createSealer, type Sealer } from '../../src/crypto/data-key.js';
import type { Database, DatabaseHandle } from '../../src/db/client.js';
import { createApp } from '../../src/http/server.js';
import { openTestDatabase } from './database.js';

// Responses are whatever JSON the query asked for; tests read them freely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

export interface GraphQLResponse<T = Json> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
  /** The SQL statements this request sent (text only). */
  statements: string[];
}

export interface TestServer {
  url: string;
  db: Database;
  handle: DatabaseHandle;
  sealer: Sealer;
  graphql<T = Json>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  login(username: string, password?: string): Promise<string>;
  /**
   * Signs in with a password an admin issued and changes it, as the console makes people do:
   * the token returned may then do everything the role allows.
   */
  signInFirstTime(username: string, issued?: string, chosen?: string): Promise<string>;
  close(): Promise<void>;
}

export const TEST_PASSWORD = 'test-password-1';
/** What `signInFirstTime` changes an issued password to. */
export const OWN_TEST_PASSWORD = 'own-test-password-2';

/** The real HTTP server on a fresh database, on a free port: tests talk to it as clients do. */
export async function startTestServer(): Promise<TestServer> {
  const handle = await openTestDatabase();
  const sealer = createSealer(randomBytes(32));
  let last: string[] = [];
  const app = await createApp({
    handle,
    sealer,
    config: {
      development: process.env.BANGFU_TEST_DEV === '1',
      demo: false,
      consoleDir: '/nonexistent',
    },
    onStatements: (statements) => (last = statements),
  });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

  async function graphql<T>(query: string, variables?: Record<string, unknown>, token?: string) {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status' | 'statements'>;
    return { status: res.status, ...body, statements: last };
  }

  async function login(username: string, password = TEST_PASSWORD) {
    const res = await graphql<{ login: { token: string } }>(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: username, p: password },
    );
    if (!res.data?.login)
      throw new Error(`login ${username} failed: ${JSON.stringify(res.errors)}`);
    return res.data.login.token;
  }

  return {
    url,
    db: handle.db,
    handle,
    sealer,
    graphql,
    login,
    async signInFirstTime(username, issued = TEST_PASSWORD, chosen = OWN_TEST_PASSWORD) {
      const token = await login(username, issued);
      const res = await graphql<{ changePassword: { __typename: string } }>(
        `
          mutation ($c: String!, $n: String!) {
            changePassword(currentPassword: $c, newPassword: $n) {
              __typename
            }
          }
        `,
        { c: issued, n: chosen },
        token,
      );
      if (res.data?.changePassword.__typename !== 'User')
        throw new Error(`changing ${username}'s password failed: ${JSON.stringify(res)}`);
      return token;
    },
    async close() {
      await app.close();
      await handle.close();
    },
  };
}
