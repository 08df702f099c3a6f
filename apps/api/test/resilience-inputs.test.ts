import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  daysFromToday,
  establishedArchive,
  rowsOf,
  startAssistanceWorld,
  type AssistanceWorld,
} from './support/assistance.js';
import { lastOfMonthOf } from './support/months.js';
import { TEST_PASSWORD } from './support/server.js';

let world: AssistanceWorld;
let archiveId: string;
beforeAll(async () => {
  world = await startAssistanceWorld();
  archiveId = await establishedArchive(world, 'wenhualu', 1, { approvedDaysAgo: 100 });
});
afterAll(() => world?.server.close());

const gql = (user: string, query: string, variables: Record<string, unknown> = {}) =>
  world.server.graphql(query, variables, world.tokens[user]);
const countOf = async (query: ReturnType<typeof sql>) =>
  rowsOf<{ n: number }>(await world.server.db.execute(query))[0]!.n;

const ADD = `mutation($id: ID!, $input: LedgerEntryInput!) { addLedgerEntry(archiveId: $id, input: $input) {
  __typename
  ... on LedgerEntryPayload { archive { ledgerTotalFen ledgerTotalAllCyclesFen } }
  ... on ValidationError { fieldErrors { path code message } }
} }`;
const entry = (amountFen: number, description = '大病救助') => ({
  on: daysFromToday(-5),
  actionPlan: 'MEDICAL_MUTUAL_AID',
  description,
  amountFen,
  by: '王建设',
});

describe('money stays within the domain bounds and totals cannot overflow', () => {
  it('refuses a ledger entry above 200,000 yuan and writes nothing', async () => {
    const before = await countOf(sql`select count(*)::int as n from ledger_entries`);
    const res = await gql('wenhualu', ADD, { id: archiveId, input: entry(2_147_483_647) });
    expect(res.data!.addLedgerEntry.__typename).toBe('ValidationError');
    expect(res.data!.addLedgerEntry.fieldErrors[0]).toMatchObject({
      path: ['amountFen'],
      code: 'FEN_TOO_LARGE',
    });
    expect(res.data!.addLedgerEntry.fieldErrors[0].message).toContain('200,000');
    expect(await countOf(sql`select count(*)::int as n from ledger_entries`)).toBe(before);
  });

  it('totals past 2^31 fen still read (bigint sums, Float in GraphQL)', async () => {
    const other = await establishedArchive(world, 'wenhualu', 2, { approvedDaysAgo: 100 });
    // Rows written beyond the API's bound (as an old import could have), to prove the sums.
    await world.server.db.execute(sql`
      insert into ledger_entries (archive_id, cycle, union_path, "on", action_plan, description, amount_fen, by, recorded_by)
      select a.id, a.cycle, a.union_path, ${daysFromToday(-5)}::date, 'MEDICAL_MUTUAL_AID', '历史数据', 2147483647, '王建设',
        (select id from users where username = 'wenhualu')
      from archives a, generate_series(1, 2) where a.id = ${other}`);
    const res = await gql('wenhualu', ADD, { id: other, input: entry(20_000_000) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.addLedgerEntry.archive).toEqual({
      ledgerTotalFen: 2 * 2_147_483_647 + 20_000_000,
      ledgerTotalAllCyclesFen: 2 * 2_147_483_647 + 20_000_000,
    });
    const stats = await gql('province', `{ statistics { ledgerAmountFen } }`);
    expect(stats.errors).toBeUndefined();
    expect(stats.data!.statistics.ledgerAmountFen).toBeGreaterThan(2 ** 32);
  });
});

describe('clear rejections instead of internal errors', () => {
  it('refuses a NUL byte or control character in any string argument, writing nothing', async () => {
    const before = await countOf(sql`select count(*)::int as n from ledger_entries`);
    const viaVariable = await gql('wenhualu', ADD, {
      id: archiveId,
      input: entry(100, '慰问\u0000金'),
    });
    expect(viaVariable.errors?.[0]?.extensions?.code).toBe('TEXT_CONTROL_CHARACTER');
    expect(viaVariable.errors?.[0]?.message).toMatch(/U\+0000/);
    const literal = await gql('wenhualu', `{ archiveByNumber(number: "41\\u0000") { id } }`);
    expect(literal.errors?.[0]?.extensions?.code).toBe('TEXT_CONTROL_CHARACTER');
    const bell = await gql('wenhualu', ADD, { id: archiveId, input: entry(100, '慰问\u0007金') });
    expect(bell.errors?.[0]?.extensions?.code).toBe('TEXT_CONTROL_CHARACTER');
    expect(await countOf(sql`select count(*)::int as n from ledger_entries`)).toBe(before);
    // New lines and tabs are text, not control characters.
    const ok = await gql('wenhualu', ADD, { id: archiveId, input: entry(100, '慰问\n\t金') });
    expect(ok.data!.addLedgerEntry.__typename).toBe('LedgerEntryPayload');
  });

  it.each(['garbage', '', '%%%', 'eyJ4IjoxfQ==', Buffer.from('DC:J:[1,2]').toString('base64')])(
    'refuses the forged cursor %j with INVALID_CURSOR',
    async (after) => {
      const res = await gql(
        'province',
        `query($after: String) { archives(first: 5, after: $after) { edges { cursor } } }`,
        { after },
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('INVALID_CURSOR');
      expect(res.errors?.[0]?.message).toMatch(/游标/);
    },
  );

  it.each([-1, 201, 1000, 2 ** 31 - 1])(
    'refuses first: %i outside 0–200 with INVALID_PAGE_SIZE',
    async (first) => {
      const res = await gql(
        'province',
        `query($first: Int) { archives(first: $first) { edges { cursor } } }`,
        { first },
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('INVALID_PAGE_SIZE');
    },
  );

  it('answers a malformed % escape in the path with 400', async () => {
    for (const path of ['/%E0%A4%A', '/attachments/%zz', '/assets/%']) {
      const res = await fetch(`${world.server.url}${path}`);
      expect(res.status, path).toBe(400);
    }
  });
});

// The losers' pre-checks cannot see the winner's uncommitted row, so on the PostgreSQL server they
// hit the unique key; the transaction helper (src/db/transaction.ts) answers it with the same
// refusal. PGlite's single connection runs them one after another.
describe('unique-key races answer a stable code', () => {
  const attempts = 20;

  it('20 concurrent createUnion with one code: one wins, the rest DUPLICATE', async () => {
    const input = {
      code: '410105-077',
      name: '金水区并发街道总工会',
      level: 'GRASSROOTS',
      kind: 'TOWNSHIP_STREET',
      regionCode: '410105',
      parentId: world.tree.unions.jinshui.id,
    };
    const results = await Promise.all(
      Array.from({ length: attempts }, () =>
        gql(
          'jinshui',
          `mutation($input: UnionInput!) { createUnion(input: $input) { __typename
          ... on ValidationError { fieldErrors { path code } } } }`,
          { input },
        ),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const kinds = results.map((r) => r.data!.createUnion.__typename);
    expect(kinds.filter((k) => k === 'Union')).toHaveLength(1);
    for (const r of results.filter((r) => r.data!.createUnion.__typename !== 'Union'))
      expect(r.data!.createUnion.fieldErrors[0]).toMatchObject({ path: ['code'] });
    expect(
      await countOf(sql`select count(*)::int as n from unions where code = '410105-077'`),
    ).toBe(1);
  });

  it('20 concurrent createUser with one username: one wins, the rest a ValidationError', async () => {
    const input = {
      username: 'race-user',
      name: '并发用户',
      password: TEST_PASSWORD,
      role: 'GRASSROOTS_ADMIN',
      unionId: world.tree.unions.wenhualu.id,
    };
    const results = await Promise.all(
      Array.from({ length: attempts }, () =>
        gql(
          'province',
          `mutation($input: CreateUserInput!) { createUser(input: $input) { __typename
          ... on ValidationError { fieldErrors { path code } } } }`,
          { input },
        ),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const losers = results.filter((r) => r.data!.createUser.__typename === 'ValidationError');
    expect(losers).toHaveLength(attempts - 1);
    for (const r of losers)
      expect(r.data!.createUser.fieldErrors[0]).toMatchObject({ path: ['username'] });
    expect(
      await countOf(sql`select count(*)::int as n from users where username = 'race-user'`),
    ).toBe(1);
  });

  it('20 concurrent first submitReport: one version 1, the rest VERSION_CONFLICT or a resubmission', async () => {
    const period = {
      code: 'race',
      label: '并发报送',
      startsOn: `${daysFromToday(-60).slice(0, 7)}-01`,
      endsOn: lastOfMonthOf(daysFromToday(0)),
      dueOn: daysFromToday(30),
    };
    const created = await gql(
      'province',
      `mutation($code: String!, $label: String!, $startsOn: Date!, $endsOn: Date!, $dueOn: Date!) {
      createReportPeriod(code: $code, label: $label, startsOn: $startsOn, endsOn: $endsOn, dueOn: $dueOn) { __typename ... on ValidationError { fieldErrors { path code message } } } }`,
      period,
    );
    expect(created.data!.createReportPeriod.__typename).toBe('ReportPeriodCreated');
    const results = await Promise.all(
      Array.from({ length: attempts }, () =>
        gql(
          'zhengzhou',
          `mutation { submitReport(period: "race") { __typename
          ... on ReportSubmitted { version }
          ... on ValidationError { fieldErrors { code } } } }`,
        ),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code)).toEqual(
      results.flatMap((r) => r.errors ?? []).map(() => 'VERSION_CONFLICT'),
    );
    const versions = results.flatMap((r) =>
      r.data?.submitReport?.version ? [r.data.submitReport.version] : [],
    );
    expect(versions.filter((v: number) => v === 1)).toHaveLength(1);
    expect(
      await countOf(
        sql`select count(*)::int as n from report_submissions s join report_periods p on p.code = s.period where p.code = 'race'`,
      ),
    ).toBe(1);
  });
});
