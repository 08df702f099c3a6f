import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  daysFromToday,
  dataStatements,
  draftArchive,
  establishedArchive,
  monthFromNow,
  startAssistanceWorld,
  type AssistanceWorld,
} from './support/assistance.js';
import { firstOfMonthOf, lastOfMonthOf } from './support/months.js';
import {
  addLedgerEntry,
  establishThroughWorkflow,
  setPlan,
  statistics,
  STATISTICS,
} from './support/statistics.js';
import { workflowClient } from './support/workflow.js';

/*
 * The fixture province, with archives in every state:
 *   郑州 / 金水 / 文化路: A1 established through the workflow (plan due in 6 months),
 *                        A2 established 200 days ago (plan overdue; ledger 150 days ago and today),
 *                        A3 draft
 *   郑州 / 金水 / 黄河路: A4 established 200 days ago, exited 40 days ago
 *   郑州 / 市直:          A5 in public notice
 *   开封 / 鼓楼 / 州桥:   A6 established through the workflow
 *   巩义 / 孝义:          A7 draft
 * Each archive has the worker and two household members.
 */
let world: AssistanceWorld;
const ids: Record<string, string> = {};
// The largest ledger entry there is (200,000 yuan, MONEY_LIMITS); sums past 32 bits are covered
// by test/resilience-inputs.test.ts, which writes rows no request could.
const BIG = 20_000_000;

beforeAll(async () => {
  world = await startAssistanceWorld();
  const flow = workflowClient(world.server, world.tokens);
  ids.A1 = await establishThroughWorkflow(world, 'wenhualu', 'jinshui', 1);
  ids.A2 = await establishedArchive(world, 'wenhualu', 2, { approvedDaysAgo: 200 });
  ids.A3 = await draftArchive(world, 'wenhualu', 3);
  ids.A4 = await establishedArchive(world, 'huanghelu', 4, { approvedDaysAgo: 200 });
  ids.A5 = await flow.create('zz-direct', 5);
  await flow.step('startPublicNotice', ids.A5, world.tokens['zz-direct']!);
  ids.A6 = await establishThroughWorkflow(world, 'gulou-jc', 'gulou', 6);
  ids.A7 = await draftArchive(world, 'gongyi-jc', 7);
  await flow.step('exitArchive', ids.A4, world.tokens.jinshui!, {
    on: daysFromToday(-40),
    reason: 'OUT_OF_DIFFICULTY',
    note: '已再就业',
  });
  await setPlan(world, 'wenhualu', ids.A1, monthFromNow(6));
  await setPlan(world, 'wenhualu', ids.A2, monthFromNow(-3));
  await addLedgerEntry(
    world,
    'wenhualu',
    ids.A2,
    daysFromToday(-150),
    'MEDICAL_MUTUAL_AID',
    150_000,
  );
  await addLedgerEntry(world, 'wenhualu', ids.A2, daysFromToday(0), 'GOLDEN_AUTUMN_EDUCATION', BIG);
  await addLedgerEntry(world, 'wenhualu', ids.A2, daysFromToday(0), 'GOLDEN_AUTUMN_EDUCATION', BIG);
  await world.server.db.execute(
    sql`update unions set establishment_due_on = '2016-10-31' where id = ${world.tree.unions.zhengzhou.id}`,
  );
  await world.server.db.execute(
    sql`update unions set establishment_due_on = ${daysFromToday(30)} where id = ${world.tree.unions.kaifeng.id}`,
  );
});
afterAll(() => world?.server.close());

const byCode = (rows: { code: string }[]): Record<string, Record<string, unknown>> =>
  Object.fromEntries(rows.map((r) => [r.code, r]));

describe('statistics of a subtree (建档立卡情况)', () => {
  it('counts the province: states, targets, people, exits, overdue and the ledger beyond 32 bits', async () => {
    const s = await statistics(world, 'province');
    expect(s.union.code).toBe('410000');
    expect(
      Object.fromEntries(
        s.archivesByState.map((r: { code: string; count: number }) => [r.code, r.count]),
      ),
    ).toEqual({
      DRAFT: 2,
      PUBLICIZING: 1,
      PENDING_APPROVAL: 0,
      ESTABLISHED: 3,
      EXITED: 1,
    });
    expect(s).toMatchObject({
      totalArchives: 7,
      inProgress: 3,
      established: 3,
      exited: 1,
      targets: 4,
      peopleCovered: 9,
      peopleExited: 3,
      newlyEstablished: null,
      exits: 1,
      exitRate: 0.25,
      overdue: 1,
      ledgerEntries: 3,
      // 4,000,150,000 fen: more than a GraphQL Int holds, exact as a Float.
      ledgerAmountFen: 2 * BIG + 150_000,
    });
    expect(byCode(s.byHardshipCategory).DEEP).toEqual({
      code: 'DEEP',
      label: '深度困难',
      labelEn: 'Deep hardship',
      established: 3,
      exited: 1,
      targets: 4,
    });
    expect(byCode(s.byPrimaryCause).SERIOUS_ILLNESS).toMatchObject({ established: 3, exited: 1 });
    expect(byCode(s.byPrimaryCause).LAID_OFF).toMatchObject({ established: 0, exited: 0 });
    expect(byCode(s.byKeyGroup).EXPENDITURE_HARDSHIP).toMatchObject({ established: 3, exited: 1 });
    expect(byCode(s.byActionPlan).GOLDEN_AUTUMN_EDUCATION).toMatchObject({
      established: 3,
      exited: 1,
    });
    expect(byCode(s.exitsByReason).OUT_OF_DIFFICULTY).toMatchObject({
      label: '实现脱困',
      count: 1,
    });
    expect(byCode(s.ledgerByActionPlan).GOLDEN_AUTUMN_EDUCATION).toEqual({
      code: 'GOLDEN_AUTUMN_EDUCATION',
      entries: 2,
      amountFen: 2 * BIG,
    });
    // Every code of the seed's lists is there, counted or not, so tables keep their shape.
    expect(s.byKeyGroup).toHaveLength(6);
    expect(s.byMeasure).toHaveLength(5);
    expect(s.byActionPlan).toHaveLength(8);
    expect(s.byPrimaryCause).toHaveLength(10);
  });

  it('labels are those of the dictionaries query', async () => {
    const res = await world.server.graphql(
      '{ dictionaries { name entries { code label } } }',
      {},
      world.tokens.analyst,
    );
    const labels = Object.fromEntries(
      res.data!.dictionaries.map(
        (d: { name: string; entries: { code: string; label: string }[] }) => [
          d.name,
          byCode(d.entries),
        ],
      ),
    );
    const s = await statistics(world, 'analyst');
    for (const row of s.byHardshipCategory)
      expect(row.label).toBe(labels.hardshipCategory[row.code]!.label);
    for (const row of s.exitsByReason) expect(row.label).toBe(labels.exitReason[row.code]!.label);
  });

  it('has a row per child union with its numbers, due date and progress', async () => {
    const s = await statistics(world, 'province');
    expect(s.children.map((c: { union: { code: string } }) => c.union.code)).toEqual([
      '410100',
      '410181',
      '410200',
    ]);
    const [zhengzhou, gongyi, kaifeng] = s.children;
    expect(zhengzhou).toMatchObject({
      totalArchives: 5,
      inProgress: 2,
      established: 2,
      exited: 1,
      peopleCovered: 6,
      exits: 1,
      overdue: 1,
      ledgerAmountFen: 2 * BIG + 150_000,
      establishmentDueOn: '2016-10-31',
      establishmentRate: 0.6,
      // The 2016 due date has passed and two archives are not established yet.
      pastDue: true,
    });
    expect(kaifeng).toMatchObject({
      totalArchives: 1,
      established: 1,
      establishmentRate: 1,
      pastDue: false,
    });
    expect(gongyi).toMatchObject({
      totalArchives: 1,
      inProgress: 1,
      establishmentDueOn: null,
      establishmentRate: 0,
      pastDue: false,
    });
    const county = await statistics(world, 'province', { unionId: world.tree.unions.jinshui.id });
    expect(
      county.children.map((c: { union: { code: string }; totalArchives: number }) => [
        c.union.code,
        c.totalArchives,
      ]),
    ).toEqual([
      ['410105-001', 3],
      ['410105-002', 1],
    ]);
    const grassroots = await statistics(world, 'wenhualu');
    expect(grassroots).toMatchObject({ totalArchives: 3, children: [] });
  });

  it('reads a constant number of statements, however many child unions', async () => {
    const query =
      '{ statistics { totalArchives byKeyGroup { code targets } children { union { code name } totalArchives } } }';
    const province = await world.server.graphql(query, {}, world.tokens.province);
    const city = await world.server.graphql(query, {}, world.tokens.zhengzhou);
    expect(province.errors).toBeUndefined();
    // The unions, the summed summaries, the dictionary labels, and one batched read of the
    // unions' selected fields — the same four for 3 children or 27.
    expect(dataStatements(province.statements)).toHaveLength(4);
    expect(dataStatements(city.statements)).toHaveLength(4);
    expect(
      dataStatements(province.statements).filter((s) => /statistics_tallies/.test(s)),
    ).toHaveLength(1);
  });
});

describe('scoping', () => {
  it("an analyst of 郑州 gets 郑州's numbers by default, any union below, and FORBIDDEN for another city", async () => {
    const own = await statistics(world, 'zz-analyst');
    expect(own).toMatchObject({ union: { code: '410100' }, totalArchives: 5 });
    const county = await statistics(world, 'zz-analyst', { unionId: world.tree.unions.jinshui.id });
    expect(county.totalArchives).toBe(4);
    const other = await world.server.graphql(
      STATISTICS,
      { unionId: world.tree.unions.kaifeng.id },
      world.tokens['zz-analyst'],
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(other.data?.statistics).toBeNull();
  });

  it('a grassroots admin sees its own union only; a malformed id is FORBIDDEN too', async () => {
    expect((await statistics(world, 'huanghelu')).totalArchives).toBe(1);
    for (const unionId of [world.tree.unions.jinshui.id, 'not-an-id']) {
      const res = await world.server.graphql(STATISTICS, { unionId }, world.tokens.huanghelu);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('without signing in: UNAUTHENTICATED', async () => {
    const res = await world.server.graphql('{ statistics { totalArchives } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the numbers equal counting archives', () => {
  const COUNT = 'query($f: ArchiveFilter) { archives(first: 1, filter: $f) { totalCount } }';
  const countOf = async (filter: Record<string, unknown>) =>
    (await world.server.graphql(COUNT, { f: filter }, world.tokens.province)).data!.archives
      .totalCount as number;

  it('archivesByState, each breakdown and overdue equal archives(filter).totalCount for the same union', async () => {
    for (const union of [
      'province',
      'zhengzhou',
      'jinshui',
      'huanghelu',
      'kaifeng',
      'gongyi',
    ] as const) {
      const unionId = world.tree.unions[union].id;
      // As the province admin: analysts get small grassroots groups suppressed (suppression tests).
      const s = await statistics(world, 'province', { unionId });
      expect(s.totalArchives, union).toBe(await countOf({ unionId }));
      expect(s.overdue, `${union} overdue`).toBe(await countOf({ unionId, overdue: true }));
      for (const row of s.archivesByState)
        expect(row.count, `${union} ${row.code}`).toBe(
          await countOf({ unionId, status: row.code }),
        );
      const breakdowns = [
        ['byHardshipCategory', 'hardshipCategory'],
        ['byPrimaryCause', 'primaryCause'],
        ['byKeyGroup', 'keyGroup'],
        ['byActionPlan', 'actionPlan'],
      ] as const;
      for (const [field, filter] of breakdowns) {
        for (const row of s[field].filter((r: { targets: number }) => r.targets > 0)) {
          expect(row.established, `${union} ${filter} ${row.code}`).toBe(
            await countOf({ unionId, status: 'ESTABLISHED', [filter]: row.code }),
          );
          expect(row.exited, `${union} ${filter} ${row.code}`).toBe(
            await countOf({ unionId, status: 'EXITED', [filter]: row.code }),
          );
        }
      }
    }
  });
});

describe('periods (whole months)', () => {
  const month150 = daysFromToday(-150);
  const month200 = daysFromToday(-200);

  it('counts exits, new targets and the ledger within the period; stock stays today’s', async () => {
    const s = await statistics(world, 'province', {
      from: firstOfMonthOf(month150),
      to: lastOfMonthOf(month150),
    });
    expect(s).toMatchObject({
      from: firstOfMonthOf(month150),
      to: lastOfMonthOf(month150),
      totalArchives: 7,
      established: 3,
    });
    expect(s).toMatchObject({ ledgerEntries: 1, ledgerAmountFen: 150_000, exits: 0, exitRate: 0 });
    expect(byCode(s.ledgerByActionPlan).MEDICAL_MUTUAL_AID).toMatchObject({
      entries: 1,
      amountFen: 150_000,
    });
    const decided = await statistics(world, 'province', {
      from: firstOfMonthOf(month200),
      to: lastOfMonthOf(month200),
    });
    // A2 and A4 were determined 200 days ago (A4 has exited since: still a target of that month).
    expect(decided.newlyEstablished).toBe(2);
  });

  it('an exit counts in the month of its date; an open-ended period counts from or up to a month', async () => {
    const exitDay = daysFromToday(-40);
    const inMonth = await statistics(world, 'province', {
      from: firstOfMonthOf(exitDay),
      to: lastOfMonthOf(exitDay),
    });
    expect(inMonth).toMatchObject({ exits: 1, exitRate: 0.25 });
    expect(byCode(inMonth.exitsByReason).OUT_OF_DIFFICULTY).toMatchObject({ count: 1 });
    const since = await statistics(world, 'province', { from: firstOfMonthOf(daysFromToday(0)) });
    expect(since).toMatchObject({ ledgerEntries: 2, ledgerAmountFen: 2 * BIG });
    const until = await statistics(world, 'province', { to: lastOfMonthOf(month150) });
    expect(until).toMatchObject({ ledgerEntries: 1, newlyEstablished: 2 });
  });

  it('a period that is not whole months is refused, naming the argument', async () => {
    const res = await world.server.graphql(
      STATISTICS,
      { from: '2026-03-15', to: '2026-02-27' },
      world.tokens.analyst,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [
        expect.objectContaining({
          path: ['from'],
          code: 'PERIOD_FROM_NOT_MONTH_START',
          message: expect.stringContaining('2026-03-01'),
        }),
        expect.objectContaining({
          path: ['to'],
          code: 'PERIOD_TO_NOT_MONTH_END',
          message: expect.stringContaining('2026-02-28'),
        }),
        expect.objectContaining({ path: ['to'], code: 'PERIOD_ENDS_BEFORE_START' }),
      ],
    });
  });
});

describe('staying current', () => {
  it('a new target and a re-entry (a new round, in progress) show in the very next statistics', async () => {
    const before = await statistics(world, 'jinshui');
    await establishThroughWorkflow(world, 'huanghelu', 'jinshui', 8);
    await workflowClient(world.server, world.tokens).step(
      'reenterArchive',
      ids.A4!,
      world.tokens.jinshui!,
    );
    const after = await statistics(world, 'jinshui');
    // The re-entered household is a draft of a new round until it is approved again.
    expect(after).toMatchObject({
      totalArchives: before.totalArchives + 1,
      inProgress: before.inProgress + 1,
      established: before.established + 1,
      exited: 0,
    });
    expect(after.peopleCovered).toBe(before.peopleCovered + 3);
  });

  it('moving a plan’s target month past this month takes the archive off the overdue count', async () => {
    expect((await statistics(world, 'wenhualu')).overdue).toBe(1);
    await setPlan(world, 'wenhualu', ids.A2!, monthFromNow(2), 1);
    expect((await statistics(world, 'wenhualu')).overdue).toBe(0);
  });
});
