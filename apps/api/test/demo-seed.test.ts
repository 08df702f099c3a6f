import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/generate.js';
import { DEMO_SEED, seedDemoArchives } from '../src/demo/seed.js';
import { seedDemoSetUp } from '../src/demo/set-up.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await seedDemoArchives(server.db, server.sealer, { count: 120 });
});
afterAll(() => server?.close());

const rows = (result: unknown) =>
  'rows' in (result as object) ? (result as { rows: unknown[] }).rows : (result as unknown[]);

describe('demo data', () => {
  it('has the real Henan shape: 17 cities and 10 direct counties under the province', async () => {
    const levels = rows(
      await server.db.execute(
        sql`select level, count(*)::int as n from unions group by level order by level`,
      ),
    );
    const byLevel = Object.fromEntries(
      (levels as { level: string; n: number }[]).map((r) => [r.level, r.n]),
    );
    expect(byLevel).toMatchObject({ PROVINCE: 1, CITY: 17, DIRECT_COUNTY: 10 });
    expect(byLevel.COUNTY).toBe(146);
    expect(byLevel.GRASSROOTS).toBeGreaterThan(50);
  });

  it('every demo user signs in and sees only their own subtree', async () => {
    const expectations: Record<string, { root: string; archives: 'some' | 'all' }> = {
      zhengzhou: { root: '郑州市总工会', archives: 'some' },
      jinshui: { root: '郑州市金水区总工会', archives: 'some' },
      wenhualu: { root: '金水区文化路街道总工会', archives: 'some' },
      analyst: { root: '河南省总工会', archives: 'all' },
      gongyi: { root: '巩义市总工会', archives: 'some' },
      'gongyi-jc': { root: '巩义市新华路街道总工会', archives: 'some' },
    };
    const all = rows(await server.db.execute(sql`select count(*)::int as n from archives`))[0] as {
      n: number;
    };
    for (const [username, want] of Object.entries(expectations)) {
      const token = await server.login(username, DEMO_PASSWORD);
      const res = await server.graphql(
        '{ me { union { id name } } unions(first: 1) { edges { node { name } } } archives { totalCount } }',
        {},
        token,
      );
      expect(res.errors, username).toBeUndefined();
      expect(res.data!.me.union.name, username).toBe(want.root);
      expect(res.data!.unions.edges[0].node.name, username).toBe(want.root);
      if (want.archives === 'all') expect(res.data!.archives.totalCount).toBe(all.n);
      else expect(res.data!.archives.totalCount, username).toBeLessThan(all.n);
    }
  });

  it('archives are in every workflow state, with the facts their state implies', async () => {
    const states = rows(
      await server.db.execute(sql`
        select status, count(*)::int as n,
               count(*) filter (where approved_at is null)::int as unapproved,
               count(*) filter (where notice_starts_on is null)::int as no_notice
        from archives group by status`),
    ) as { status: string; n: number; unapproved: number; no_notice: number }[];
    const by = Object.fromEntries(states.map((s) => [s.status, s]));
    expect(Object.keys(by).sort()).toEqual([
      'DRAFT',
      'ESTABLISHED',
      'EXITED',
      'PENDING_APPROVAL',
      'PUBLICIZING',
    ]);
    expect(by.ESTABLISHED!.unapproved).toBe(0);
    expect(by.PUBLICIZING!.no_notice).toBe(0);
    const ledger = rows(
      await server.db.execute(sql`select count(*)::int as n from ledger_entries`),
    )[0] as { n: number };
    expect(ledger.n).toBeGreaterThan(100);
  });

  it('seeding more adds new people and never a second live archive for anyone', async () => {
    const before = (
      rows(await server.db.execute(sql`select count(*)::int as n from archives`))[0] as {
        n: number;
      }
    ).n;
    const inserted = await seedDemoArchives(server.db, server.sealer, { count: 50 });
    const after = (
      rows(await server.db.execute(sql`select count(*)::int as n from archives`))[0] as {
        n: number;
      }
    ).n;
    expect(after).toBe(before + inserted);
    expect(inserted).toBeGreaterThan(40);
    const dupes = rows(
      await server.db.execute(
        sql`select id_number_hash from archives where status <> 'EXITED' group by 1 having count(*) > 1`,
      ),
    );
    expect(dupes).toHaveLength(0);
    const numbers = rows(
      await server.db.execute(sql`select number from archives group by 1 having count(*) > 1`),
    );
    expect(numbers).toHaveLength(0);
  });
});

describe('the demo set-up a newcomer sees working', () => {
  const year = new Date().getFullYear();
  beforeAll(async () => {
    await seedDemoSetUp(server.db, DEMO_SEED);
    await seedDemoSetUp(server.db, DEMO_SEED); // twice: nothing duplicated, nothing overwritten
  });

  it('every city and direct county has a 低保 line this year and last, so archives show their ratio', async () => {
    const lines = rows(
      await server.db.execute(sql`
        select u.level, l.year, count(*)::int as n
        from unions u join minimum_living_lines l on l.region_code = u.region_code
        where u.level in ('PROVINCE', 'CITY', 'DIRECT_COUNTY') group by 1, 2`),
    ) as { level: string; year: number; n: number }[];
    for (const y of [year, year - 1]) {
      const of = (level: string) => lines.find((l) => l.level === level && l.year === y)?.n;
      expect([of('PROVINCE'), of('CITY'), of('DIRECT_COUNTY')], String(y)).toEqual([1, 17, 10]);
    }
    const token = await server.login('zhengzhou', DEMO_PASSWORD);
    const res = await server.graphql(
      '{ archives(first: 20) { edges { node { minimumLivingLineFen incomeToLineRatio } } } }',
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const nodes = (
      res.data!.archives.edges as { node: { minimumLivingLineFen: number | null } }[]
    ).map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const n of nodes) expect(n.minimumLivingLineFen).toBeGreaterThan(0);
  });

  it('unions have an address and a phone for objections to the public notice', async () => {
    const [missing] = rows(
      await server.db.execute(
        sql`select count(*)::int as n from unions where address is null or liaison_phone is null`,
      ),
    ) as { n: number }[];
    expect(missing!.n).toBe(0);
    const [province] = rows(
      await server.db.execute(
        sql`select address, liaison_phone from unions where level = 'PROVINCE'`,
      ),
    ) as { address: string; liaison_phone: string }[];
    expect(province!.address).toMatch(/^河南省总工会办公室（邮编 \d{6}）$/);
    expect(province!.liaison_phone).toMatch(/^0371-6\d{7}$/);
  });

  it('this year has a report period due 31 October, and a city can report for it', async () => {
    const token = await server.login('zhengzhou', DEMO_PASSWORD);
    const periods = await server.graphql('{ reportPeriods { code label dueOn } }', {}, token);
    expect(periods.data!.reportPeriods[0]).toEqual({
      code: String(year),
      label: `${year}年度建档立卡情况`,
      dueOn: `${year}-10-31`,
    });
    const res = await server.graphql(
      `mutation($p: String!) { submitReport(period: $p) { __typename
        ... on ReportSubmitted { submission { version union { code } } } } }`,
      { p: String(year) },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.submitReport).toEqual({
      __typename: 'ReportSubmitted',
      submission: { version: 1, union: { code: '410100' } },
    });
  });
});
