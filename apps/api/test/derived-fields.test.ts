import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dataStatements,
  daysFromToday,
  draftArchive,
  establishedArchive,
  monthFromNow,
  startAssistanceWorld,
  thisYear,
  type AssistanceWorld,
} from './support/assistance.js';

let world: AssistanceWorld;
beforeAll(async () => {
  world = await startAssistanceWorld();
});
afterAll(() => world?.server.close());

const DERIVED = `query($id: ID!) { archive(id: $id) {
  monthlyIncomePerMemberFen minimumLivingLineFen incomeToLineRatio suggestedHardshipCategory
  looksReadyToExit overdue noUpdateInAYear neverAssisted
} }`;
const derived = async (id: string) => {
  const res = await world.server.graphql(DERIVED, { id }, world.tokens.wenhualu);
  expect(res.errors).toBeUndefined();
  return res.data!.archive;
};
const setLine = (regionCode: string, monthlyFen: number, year = thisYear()) =>
  world.server.db
    .execute(sql`insert into minimum_living_lines (region_code, year, monthly_fen) values (${regionCode}, ${year}, ${monthlyFen})
    on conflict (region_code, year) do update set monthly_fen = excluded.monthly_fen`);
async function setPlan(id: string, targetMonth: string) {
  const res = await world.server.graphql(
    'mutation($id: ID!, $m: String) { setAssistancePlan(archiveId: $id, input: { targetMonth: $m }) { __typename } }',
    { id, m: targetMonth },
    world.tokens.wenhualu,
  );
  expect(res.data!.setAssistancePlan.__typename).toBe('AssistancePlanPayload');
}

describe('the local minimum-living line and what it suggests', () => {
  let id: string;
  beforeAll(async () => {
    // 24,000.00 yuan a year for 3 people: 666.67 yuan (66,667 fen) a month each; hukou 410105.
    id = await establishedArchive(world, 'wenhualu', 1);
  });

  it('without a line nothing is suggested', async () => {
    expect(await derived(id)).toMatchObject({
      monthlyIncomePerMemberFen: 66667,
      minimumLivingLineFen: null,
      incomeToLineRatio: null,
      suggestedHardshipCategory: null,
      looksReadyToExit: false,
    });
  });

  it('uses the nearest of this year’s lines: the district, else its city, else the province', async () => {
    await setLine('410105', 10_000, thisYear() - 1);
    await setLine('410000', 70_000);
    expect((await derived(id)).minimumLivingLineFen).toBe(70_000);
    await setLine('410100', 40_000);
    expect((await derived(id)).minimumLivingLineFen).toBe(40_000);
    await setLine('410200', 20_000);
    await setLine('410105', 30_000);
    expect((await derived(id)).minimumLivingLineFen).toBe(30_000);
  });

  it('below the line is 深度困难, below twice the line 相对困难, and only at twice the line ready to exit', async () => {
    await setLine('410105', 70_000);
    expect(await derived(id)).toMatchObject({
      suggestedHardshipCategory: 'DEEP',
      looksReadyToExit: false,
    });
    await setLine('410105', 40_000);
    const relative = await derived(id);
    expect(relative).toMatchObject({
      suggestedHardshipCategory: 'RELATIVE',
      looksReadyToExit: false,
    });
    expect(relative.incomeToLineRatio).toBeCloseTo(66_667 / 40_000, 10);
    // 666.67 yuan is exactly twice 333.34 yuan less a fen: still 相对困难, not yet ready.
    await setLine('410105', 33_334);
    expect(await derived(id)).toMatchObject({
      suggestedHardshipCategory: 'RELATIVE',
      looksReadyToExit: false,
    });
    await setLine('410105', 30_000);
    expect(await derived(id)).toMatchObject({
      suggestedHardshipCategory: null,
      looksReadyToExit: true,
    });
  });

  it('a draft is never ready to exit', async () => {
    const draft = await draftArchive(world, 'wenhualu', 2);
    expect(await derived(draft)).toMatchObject({
      minimumLivingLineFen: 30_000,
      looksReadyToExit: false,
    });
  });
});

describe('deadlines and neglect', () => {
  it('overdue once the plan’s target month has passed, unless exited', async () => {
    const id = await establishedArchive(world, 'wenhualu', 3, { approvedDaysAgo: 400 });
    expect((await derived(id)).overdue).toBe(false);
    await setPlan(id, monthFromNow(0));
    expect((await derived(id)).overdue).toBe(false);
    await world.server.db.execute(
      sql`update assistance_plans set target_month = ${`${monthFromNow(-1)}-01`}::date where archive_id = ${id}`,
    );
    expect((await derived(id)).overdue).toBe(true);
    await world.server.db.execute(
      sql`update archives set status = 'EXITED', exited_on = ${daysFromToday(0)}::date where id = ${id}`,
    );
    expect((await derived(id)).overdue).toBe(false);
  });

  it('noUpdateInAYear after 365 days without a change, except for exited archives', async () => {
    const id = await establishedArchive(world, 'wenhualu', 4);
    expect((await derived(id)).noUpdateInAYear).toBe(false);
    await world.server.db.execute(
      sql`update archives set updated_at = now() - interval '366 days' where id = ${id}`,
    );
    expect((await derived(id)).noUpdateInAYear).toBe(true);
    await world.server.db.execute(
      sql`update archives set status = 'EXITED', updated_at = now() - interval '366 days' where id = ${id}`,
    );
    expect((await derived(id)).noUpdateInAYear).toBe(false);
  });

  it('neverAssisted until the current cycle has a ledger entry', async () => {
    const id = await establishedArchive(world, 'wenhualu', 5);
    expect((await derived(id)).neverAssisted).toBe(true);
    const added = await world.server.graphql(
      `mutation($id: ID!, $on: Date!) { addLedgerEntry(archiveId: $id, input: { on: $on, actionPlan: TARGETED_WARMTH, description: "慰问", amountFen: 1000, by: "王" }) { __typename } }`,
      { id, on: daysFromToday(0) },
      world.tokens.wenhualu,
    );
    expect(added.data!.addLedgerEntry.__typename).toBe('LedgerEntryPayload');
    expect((await derived(id)).neverAssisted).toBe(false);
    await world.server.db.execute(sql`update archives set cycle = 2 where id = ${id}`);
    expect((await derived(id)).neverAssisted).toBe(true);
    expect((await derived(await draftArchive(world, 'wenhualu', 6))).neverAssisted).toBe(false);
  });
});

describe('reading it all', () => {
  it('one archive with plan, ledger, spot checks, contact card and every derived field is ONE statement', async () => {
    const id = await establishedArchive(world, 'wenhualu', 7);
    await setPlan(id, monthFromNow(6));
    const checked = await world.server.graphql(
      `mutation($id: ID!, $on: Date!) { recordSpotCheck(archiveId: $id, input: { on: $on, checker: "陈刚", result: "CONFIRMED" }) { __typename } }`,
      { id, on: daysFromToday(0) },
      world.tokens.zhengzhou,
    );
    expect(checked.data!.recordSpotCheck.__typename).toBe('SpotCheckPayload');
    const res = await world.server.graphql(
      `query($id: ID!) { archive(id: $id) {
        number members { name }
        plan { targetMonth personName } plans { cycle }
        ledger(first: 5) { edges { node { on amountFen } } } ledgerEntryCount ledgerTotalFen ledgerTotalAllCyclesFen
        spotChecks { result union { name } }
        contactCard { issuedOn personInChargeCopy { deadline householdSummary } workerCopy { measures { chosen } } }
        minimumLivingLineFen incomeToLineRatio suggestedHardshipCategory looksReadyToExit overdue noUpdateInAYear neverAssisted
      } }`,
      { id },
      world.tokens.zhengzhou,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.archive).toMatchObject({
      plan: { targetMonth: monthFromNow(6) },
      spotChecks: [{ result: 'CONFIRMED', union: { name: '郑州市总工会' } }],
      ledger: { edges: [] },
      ledgerEntryCount: 0,
      minimumLivingLineFen: 30_000,
      neverAssisted: true,
    });
    expect(dataStatements(res.statements)).toHaveLength(1);
  });
});
