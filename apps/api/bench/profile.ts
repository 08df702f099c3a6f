import type { RequestListener } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import postgres from 'postgres';
import { createSealer } from '../src/crypto/data-key.js';
import { openDatabase } from '../src/db/client.js';
import { DEMO_PASSWORD } from '../src/demo/generate.js';
import { createApp } from '../src/http/server.js';
import { pickSample } from './bench.js';
import { workList } from './work.js';
import { handWritten } from './hand-written.js';

// Profiling aid: `node --cpu-prof --import tsx bench/profile.ts <work index> <requests>` on a kept bench database.
process.env.BANGFU_LOG_LEVEL ??= 'warn';
const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
url.pathname = '/bangfu_bench';
const handle = await openDatabase({ databaseUrl: url.toString() });
const sql = postgres(url.toString(), { max: 2, onnotice: () => {} });
const app = await createApp({
  handle,
  sealer: createSealer(Buffer.alloc(32, 7)),
  config: { development: false, demo: false, consoleDir: '/nonexistent' },
});
const appHandler = app.server.listeners('request')[0] as RequestListener;
const handSql = postgres(url.toString(), {
  max: 10,
  prepare: false,
  onnotice: () => {},
  connection: { jit: 'off' },
});
const routes = handWritten(handSql);
const server = createServer(
  (req, res) => void routes(req, res).then((h) => h || appHandler(req, res)),
);
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
const post = async (body: unknown, token = '') => {
  const res = await fetch(base, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { data: Record<string, { token: string }>; errors?: unknown };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return json.data;
};
const login = async (u: string) =>
  (
    await post({
      query: `mutation { login(username: "${u}", password: "${DEMO_PASSWORD}") { token } }`,
    })
  ).login!.token;
const tokens: Record<string, string> = {
  zhengzhou: await login('zhengzhou'),
  admin: (
    await post({
      query: 'mutation { login(username: "admin", password: "bangfu-bench-admin") { token } }',
    })
  ).login!.token,
};
const works = workList(await pickSample(sql, 50));
const work = works[Number(process.argv[2] ?? 0)]!;
const n = Number(process.argv[3] ?? 300);
const token = tokens[work.user]!;
const hand = process.argv[4] === 'hand';
const one = hand
  ? async () => {
      const r = await fetch(base.replace('/graphql', work.hand.path), {
        headers: { authorization: `Bearer ${token}` },
      });
      await r.json();
    }
  : async () => post({ query: work.graphql.query, variables: work.graphql.variables() }, token);
for (let i = 0; i < 20; i++) await one();
const started = performance.now();
const cpu = process.cpuUsage();
for (let i = 0; i < n; i++) await one();
const used = process.cpuUsage(cpu);
console.info(
  `${hand ? 'hand' : 'graphql'} ${work.name}: ${((performance.now() - started) / n).toFixed(2)} ms/request wall, ${((used.user + used.system) / 1000 / n).toFixed(2)} ms CPU/request`,
);
server.close();
await app.apollo.stop();
await sql.end();
await handSql.end();
await handle.close();
