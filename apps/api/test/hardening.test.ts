import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/http/server.js';
import { servedOverTls } from '../src/http/security-headers.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let token: string;
beforeAll(async () => {
  server = await startTestServer();
  token = await server.login('admin', 'bangfu-test-admin');
});
afterAll(() => server?.close());

describe('baseline hardening', () => {
  it('refuses a query nested deeper than 10 levels before running it', async () => {
    const deep =
      '{ me { union { children { children { children { children { children { children { children { children { children { name } } } } } } } } } } } }';
    const res = await server.graphql(deep, {}, token);
    expect(res.errors?.[0]?.message).toMatch(/depth/i);
    expect(res.data).toBeUndefined();
    expect(res.statements.filter((s) => !/(from|update) "sessions"/.test(s))).toHaveLength(0);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(' ');
    const res = await server.graphql(`{ ${aliases} }`, {}, token);
    expect(res.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('gives no field suggestions and no stack traces', async () => {
    const res = await server.graphql('{ mee { id } }', {}, token);
    expect(res.errors![0]!.message).not.toMatch(/did you mean/i);
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|\.ts:\d+/i);
  });

  it('refuses bodies over 1 MiB with 413', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(1_100_000) } }),
    });
    expect(res.status).toBe(413);
  });

  it('serves health, an offline GraphiQL and the console placeholder', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(html).toContain('graphiql');
    // Every script and stylesheet is local: no CDN.
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(4);
    for (const asset of assets) {
      expect(asset.startsWith('/')).toBe(true);
      const res = await fetch(`${server.url}${asset}`);
      expect(res.status, asset).toBe(200);
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(100);
    }
    const root = await fetch(`${server.url}/`);
    expect(await root.text()).toContain('帮扶');
  });

  it('every type and field of the schema has a Chinese and English description', async () => {
    const { schema } = await import('../src/schema/index.js');
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        type.name.startsWith('__') ||
        ['String', 'Int', 'Boolean', 'ID', 'Float'].includes(type.name)
      )
        continue;
      if (!type.description) missing.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description || !/[\u4e00-\u9fa5]/.test(field.description))
            missing.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('introspection', () => {
  const SCHEMA = '{ __schema { queryType { name } types { name } } }';
  const TYPE_IN_FRAGMENT =
    'query { ...probe } fragment probe on Query { __type(name: "Archive") { fields { name } } }';

  it('is refused with 401 UNAUTHENTICATED to whoever is not signed in, in any form', async () => {
    for (const query of [SCHEMA, TYPE_IN_FRAGMENT]) {
      for (const token of [undefined, 'not-a-session-token']) {
        const res = await server.graphql(query, {}, token);
        expect(res.status, query).toBe(401);
        expect(res.data, query).toBeUndefined();
        expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        expect(res.errors?.[0]?.message).toMatch(/登录/);
      }
    }
    // GraphiQL's own introspection over GET is refused the same way.
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent(SCHEMA)}`, {
      headers: { 'apollo-require-preflight': '1' },
    });
    expect(get.status).toBe(401);
    // __typename describes nothing and stays open.
    const typename = await server.graphql('{ __typename }');
    expect(typename.status).toBe(200);
    expect(typename.data).toEqual({ __typename: 'Query' });
  });

  it('answers anyone signed in', async () => {
    const res = await server.graphql(SCHEMA, {}, token);
    expect(res.status).toBe(200);
    expect(res.data!.__schema.types.map((t: { name: string }) => t.name)).toContain('Archive');
    const type = await server.graphql(TYPE_IN_FRAGMENT, {}, token);
    expect(type.data!.__type.fields.length).toBeGreaterThan(10);
  });
});

/** The headers every response must carry, whatever answered it. */
function expectSecurityHeaders(res: Response, what: string) {
  const csp = res.headers.get('content-security-policy') ?? '';
  const directives = new Map(
    csp.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  expect(directives.get('frame-ancestors'), what).toEqual(["'none'"]);
  // Scripts only from this server's files: no inline script, no eval, no other origin.
  const scripts = directives.get('script-src') ?? directives.get('default-src');
  expect(scripts, what).toEqual(["'self'"]);
  expect(directives.get('object-src'), what).toEqual(["'none'"]);
  expect(res.headers.get('x-frame-options'), what).toBe('DENY');
  expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(res.headers.get('referrer-policy'), what).toBe('no-referrer');
}

describe('security headers', () => {
  it('are on the console, GraphiQL, GraphQL answers, errors and health, without HSTS over plain HTTP', async () => {
    const requests: [string, RequestInit?][] = [
      ['/'],
      ['/archives/some/client/route'],
      ['/graphql', { headers: { accept: 'text/html' } }],
      ['/graphiql/start.js'],
      [
        '/graphql',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ me { id } }' }),
        },
      ],
      ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }],
      ['/healthz'],
      ['/attachments/not-a-uuid'],
      ['/%E0%A4%A'],
    ];
    for (const [path, init] of requests) {
      const res = await fetch(`${server.url}${path}`, init);
      await res.arrayBuffer();
      expectSecurityHeaders(res, `${init?.method ?? 'GET'} ${path} (${res.status})`);
      expect(res.headers.get('strict-transport-security'), path).toBeNull();
    }
  });

  it('GraphiQL runs no inline script: every script of its page is a file of this server', async () => {
    const html = await (
      await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } })
    ).text();
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThanOrEqual(4);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/src="\/graphiql\//);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('sends HSTS only when the request came over TLS: a trusted proxy saying https, or TLS itself', async () => {
    const https = { 'x-forwarded-proto': 'https' };
    // Not trusted by default: anyone may send X-Forwarded-Proto.
    const direct = await fetch(`${server.url}/healthz`, { headers: https });
    expect(direct.headers.get('strict-transport-security')).toBeNull();

    const behindProxy = await createApp({
      handle: server.handle,
      sealer: server.sealer,
      config: { development: false, demo: false, consoleDir: '/nonexistent', trustProxy: true },
    });
    await new Promise<void>((resolve) => behindProxy.server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(behindProxy.server.address() as AddressInfo).port}`;
    try {
      for (const path of ['/', '/graphql', '/healthz']) {
        const res = await fetch(`${url}${path}`, { headers: https });
        expect(res.headers.get('strict-transport-security'), path).toMatch(
          /^max-age=31536000; includeSubDomains$/,
        );
        expectSecurityHeaders(res, path);
      }
      const plain = await fetch(`${url}/`, { headers: { 'x-forwarded-proto': 'http' } });
      expect(plain.headers.get('strict-transport-security')).toBeNull();
      const none = await fetch(`${url}/`);
      expect(none.headers.get('strict-transport-security')).toBeNull();
    } finally {
      await new Promise((resolve) => behindProxy.server.close(resolve));
      await behindProxy.apollo.stop();
    }
    const tls = { socket: { encrypted: true }, headers: {} } as unknown as IncomingMessage;
    expect(servedOverTls(tls, false)).toBe(true);
  });
});
