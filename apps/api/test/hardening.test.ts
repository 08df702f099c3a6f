import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
