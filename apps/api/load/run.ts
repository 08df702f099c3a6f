import { parseArgs } from 'node:util';
import { todayIso } from '@bangfu/domain';
import postgres from 'postgres';
import { endApi, FAULT_ADMIN_PASSWORD, startApi } from '../test/fault/support/api-process.js';
import { archiveInput, testIdNumber } from '../test/support/archive-input.js';
import { bufferOf, fillArchive, loadWorkbook } from '../test/support/workbook.js';
import { login } from '../test/fault/support/write-load.js';
import { Recorder } from './recorder.js';

// Answers are whatever JSON each operation asked for.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/*
 * `pnpm load [--seconds 60] [--users 50]`: 50 users of every role on one API process for a
 * minute — browsing, editing the same and different archives, recording ledger entries,
 * importing workbooks and reading statistics — against a database of its own on the PostgreSQL
 * server (DATABASE_URL's, loopback only; created and dropped here). Prints requests/s and
 * p50/p95/p99 per operation and errors by kind, then checks that every acknowledged write is in
 * the database, that the statistics summaries equal statistics_rebuild(), and that every change
 * left its history. Figures: docs/reliability.md.
 */

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    users: { type: 'string', default: '50' },
    archives: { type: 'string', default: '2000' },
    // A person reads the page before the next click: the pause between one user's requests.
    think: { type: 'string', default: '500' },
  },
});
const seconds = Number(values.seconds);
const users = Number(values.users);
const think = Number(values.think);
const server = new URL(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres');
if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(server.hostname)) {
  console.error('pnpm load only runs against a PostgreSQL server on this machine (loopback).');
  process.exit(2);
}
const admin = postgres(server.toString(), { max: 1, onnotice: () => {} });
const database = 'bangfu_load';
await admin.unsafe(`drop database if exists "${database}" with (force)`);
await admin.unsafe(`create database "${database}"`);
const url = new URL(server);
url.pathname = `/${database}`;
const db = postgres(url.toString(), { max: 2, onnotice: () => {} });

console.info(`load: seeding ${values.archives} demo archives and starting the API…`);
const api = await startApi(
  { DATABASE_URL: url.toString() },
  { demoArchives: Number(values.archives) },
);
const rec = new Recorder();
try {
  const gql = async (op: string, token: string, query: string, variables?: object) => {
    const started = performance.now();
    try {
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as {
        data?: Json;
        errors?: { extensions?: { code?: string } }[];
      };
      rec.time(op, performance.now() - started, res.status, body.errors?.[0]?.extensions?.code);
      return body;
    } catch {
      rec.time(op, performance.now() - started, 0, 'NETWORK');
      return {};
    }
  };
  const demo = 'bangfu-demo';
  const tokens = {
    province: await login(api.url, 'admin', FAULT_ADMIN_PASSWORD),
    city: await login(api.url, 'zhengzhou', demo),
    county: await login(api.url, 'jinshui', demo),
    grassroots: await login(api.url, 'wenhualu', demo),
    grassroots2: await login(api.url, 'gongyi-jc', demo),
    analyst: await login(api.url, 'analyst', demo),
  };
  const setup = await gql(
    'setup',
    tokens.province,
    `{ archives(first: 100, filter: { status: ESTABLISHED }) { edges { node { id plan { actionPlans } } } } }`,
  );
  if (!setup.data) throw new Error(`setup: ${JSON.stringify(setup)}`);
  const established = setup.data.archives.edges.map((e: Json) => ({
    id: e.node.id as string,
    actionPlans: (e.node.plan?.actionPlans ?? null) as string[] | null,
  }));
  const template = Buffer.from(
    await (
      await fetch(`${api.url}/spreadsheets/archive-template.xlsx`, {
        headers: { authorization: `Bearer ${tokens.grassroots2}` },
      })
    ).arrayBuffer(),
  );

  let worker = 0;
  const nextInput = (overrides: Record<string, unknown> = {}) => {
    const n = worker++;
    const day = new Date(Date.UTC(1960, 0, 1) + Math.floor(n / 500) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    return archiveInput(0, {
      idNumber: testIdNumber(n % 500, day),
      birthDate: day,
      members: [],
      householdSize: 1,
      ...overrides,
    });
  };
  const CREATE = `mutation($input: ArchiveInput!) { createArchive(input: $input) { ... on ArchivePayload { archive { id version } } ... on ValidationError { fieldErrors { code } } } }`;
  const UPDATE = `mutation($id: ID!, $input: ArchiveInput!, $v: Int!) { updateArchive(id: $id, input: $input, version: $v) { ... on ArchivePayload { archive { id version } } ... on ValidationError { fieldErrors { code } } } }`;
  const created: string[] = [];
  const create = async (token: string) => {
    const input = nextInput();
    const res = await gql('createArchive', token, CREATE, { input });
    const archive = res.data?.createArchive?.archive;
    if (archive) created.push(archive.id);
    return archive ? { id: archive.id as string, version: archive.version as number, input } : null;
  };
  let updatesAcknowledged = 0;
  const update = async (
    op: string,
    token: string,
    target: { id: string; version: number; input: object },
    note: string,
  ) => {
    const res = await gql(op, token, UPDATE, {
      id: target.id,
      input: { ...target.input, remarks: note },
      v: target.version,
    });
    const archive = res.data?.updateArchive?.archive;
    if (archive) {
      updatesAcknowledged++;
      target.version = archive.version;
    } else if (
      res.data?.updateArchive?.fieldErrors?.some((e: Json) => e.code === 'VERSION_CONFLICT')
    ) {
      rec.note(op, 'VERSION_CONFLICT');
      const fresh = await gql(
        'showArchive',
        token,
        `query($id: ID!) { archive(id: $id) { version } }`,
        { id: target.id },
      );
      target.version = fresh.data?.archive?.version ?? target.version;
    }
  };
  const shared = (await create(tokens.grassroots))!;
  let ledgerAcknowledged = 0;
  let importedArchives = 0;
  const deadline = performance.now() + seconds * 1000;
  const LIST = `query($f: ArchiveFilter) { archives(first: 20, filter: $f) { totalCount edges { node { id number name status union { name } } } } }`;
  const SHOW = `query($id: ID!) { archive(id: $id) { id number name version status members { name relation } ledger(first: 20) { edges { node { on amountFen } } } } }`;
  const STATS = `{ statistics { established exited archivesByState { code count } byHardshipCategory { code } children { totalArchives } } }`;

  const roles: { name: string; token: string; work: (i: number) => Promise<void> }[] = [];
  for (let u = 0; u < users; u++) {
    const kind = u % 10;
    if (kind < 3) {
      // Grassroots admins: create, edit their own and one shared archive, record, import.
      const token = u % 2 ? tokens.grassroots : tokens.grassroots2;
      let own: Awaited<ReturnType<typeof create>> = null;
      roles.push({
        name: 'grassroots',
        token,
        work: async (i) => {
          if (!own) own = await create(token);
          else if (i % 4 === 0 && token === tokens.grassroots)
            await update('editSharedArchive', token, shared, `共同编辑 ${u}-${i}`);
          else if (i % 4 === 1) await update('editOwnArchive', token, own, `本人编辑 ${i}`);
          else if (i % 25 === 2 && token === tokens.grassroots2) {
            const rows = [0, 1, 2].map(() => nextInput());
            const sheet = await loadWorkbook(template);
            rows.forEach((input, r) => fillArchive(sheet, 2 + r, 0, { ...input, members: [] }));
            const started = performance.now();
            const res = await fetch(`${api.url}/spreadsheets/archives/import`, {
              method: 'POST',
              headers: { authorization: `Bearer ${token}` },
              body: new Uint8Array(await bufferOf(sheet)),
            }).catch(() => null);
            const body = res ? ((await res.json()) as Json) : null;
            rec.time(
              'importWorkbook',
              performance.now() - started,
              res?.status ?? 0,
              body?.errors?.[0]?.code,
            );
            if (body?.ok) importedArchives += body.created;
          } else await gql('listArchives', token, LIST, {});
        },
      });
    } else if (kind < 5) {
      const token = tokens.province;
      roles.push({
        name: 'province',
        token,
        work: async (i) => {
          const target = established[(u * 7 + i) % established.length];
          if (target && i % 2 === 0) {
            const res = await gql(
              'addLedgerEntry',
              token,
              `mutation($id: ID!, $input: LedgerEntryInput!) { addLedgerEntry(archiveId: $id, input: $input) { ... on LedgerEntryPayload { entry { id } } ... on ValidationError { fieldErrors { code } } } }`,
              {
                id: target.id,
                input: {
                  actionPlan: target.actionPlans?.[0] ?? 'TARGETED_WARMTH',
                  amountFen: 10_000 + i,
                  by: '压测',
                  description: '慰问金',
                  on: todayIso(),
                },
              },
            );
            if (res.data?.addLedgerEntry?.entry) ledgerAcknowledged++;
          } else await gql('listArchives', token, LIST, { f: { status: 'ESTABLISHED' } });
        },
      });
    } else if (kind < 7) {
      const token = u % 2 ? tokens.city : tokens.county;
      roles.push({
        name: 'city/county',
        token,
        work: async (i) => {
          const target = established[(u + i) % established.length];
          if (i % 2 && target) await gql('showArchive', token, SHOW, { id: target.id });
          else await gql('listArchives', token, LIST, { f: { search: '张' } });
        },
      });
    } else {
      const token = kind < 9 ? tokens.analyst : tokens.city;
      roles.push({
        name: 'analyst',
        token,
        work: async (i) => {
          if (i % 3 === 0) await gql('statistics', token, STATS);
          else await gql('listArchives', token, LIST, {});
        },
      });
    }
  }

  api.resetPeakMemory();
  const started = performance.now();
  const progress = setInterval(() => {
    const s = (performance.now() - started) / 1000;
    process.stderr.write(`\rload: ${s.toFixed(0)}/${seconds} s, ${rec.total} requests`);
  }, 1000);
  await Promise.all(
    roles.map(async (role) => {
      for (let i = 0; performance.now() < deadline; i++) {
        await role.work(i);
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 2 * think));
      }
    }),
  );
  clearInterval(progress);
  const elapsed = (performance.now() - started) / 1000;
  const memory = api.memory();
  process.stderr.write('\n');
  console.info(rec.report(elapsed, users));
  console.info(
    `API memory: RSS ${(memory.rss / 2 ** 20).toFixed(0)} MB, peak during the run ${(memory.peak / 2 ** 20).toFixed(0)} MB`,
  );

  // Checks: acknowledged = written, summaries = a rebuild, history complete.
  const [archivesFound] =
    await db`select count(*)::int as n from archives where id = any(${created}::uuid[])`;
  const [ledger] = await db`select count(*)::int as n from ledger_entries where by = '压测'`;
  const [imported] =
    await db`select count(*)::int as n from archive_history where reason = '表格导入'`;
  const [history] = await db`
    select count(*) filter (where h.action = 'CREATE')::int as creates,
           count(*) filter (where h.action = 'UPDATE')::int as updates
    from archive_history h where h.archive_id = any(${created}::uuid[])`;
  await db`create temp table tallies_before as select * from statistics_tallies`;
  await db`create temp table monthly_before as select * from statistics_monthly`;
  await db`select statistics_rebuild()`;
  const [drift] = await db`select
    (select count(*) from (select * from tallies_before except all select * from statistics_tallies) a)::int +
    (select count(*) from (select * from statistics_tallies except all select * from tallies_before) b)::int +
    (select count(*) from (select * from monthly_before except all select * from statistics_monthly) c)::int +
    (select count(*) from (select * from statistics_monthly except all select * from monthly_before) d)::int as n`;
  const checks = [
    ['archives created = acknowledged', archivesFound!.n, created.length],
    ['ledger entries written = acknowledged', ledger!.n, ledgerAcknowledged],
    ['archives imported = acknowledged', imported!.n, importedArchives],
    ['history: one CREATE per created archive', history!.creates, created.length],
    ['history: one UPDATE per acknowledged edit', history!.updates, updatesAcknowledged],
    ['summary rows differing from statistics_rebuild()', drift!.n, 0],
  ] as const;
  let failed = 0;
  console.info('\nchecks');
  for (const [what, found, expected] of checks) {
    const ok = found === expected;
    if (!ok) failed++;
    console.info(`  ${ok ? 'ok  ' : 'FAIL'} ${what}: ${found} (expected ${expected})`);
  }
  const internal = rec.internalErrors();
  console.info(`  ${internal === 0 ? 'ok  ' : 'FAIL'} internal errors: ${internal}`);
  process.exitCode = failed || internal ? 1 : 0;
} finally {
  await endApi(api);
  await db.end();
  await admin.unsafe(`drop database if exists "${database}" with (force)`);
  await admin.end();
}
