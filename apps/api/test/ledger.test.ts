import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  count,
  daysFromToday,
  draftArchive,
  establishedArchive,
  rowsOf,
  startAssistanceWorld,
  type AssistanceWorld,
} from './support/assistance.js';

let world: AssistanceWorld;
let id: string;
beforeAll(async () => {
  world = await startAssistanceWorld();
  id = await establishedArchive(world, 'wenhualu', 1, { approvedDaysAgo: 100 });
});
afterAll(() => world?.server.close());

const ADD = `mutation($id: ID!, $input: LedgerEntryInput!) { addLedgerEntry(archiveId: $id, input: $input) {
  __typename
  ... on LedgerEntryPayload { entry { id cycle on actionPlan description amountFen by } archive { ledgerTotalFen } }
  ... on ValidationError { message fieldErrors { path code message } }
} }`;

const entry = (overrides: Record<string, unknown> = {}) => ({
  on: daysFromToday(-30),
  actionPlan: 'TARGETED_WARMTH',
  description: '春节慰问金',
  amountFen: 50000,
  by: '王建设',
  ...overrides,
});

const add = (user: string, input: Record<string, unknown>, archiveId = id) =>
  world.server.graphql(ADD, { id: archiveId, input }, world.tokens[user]);

const LEDGER = `query($id: ID!, $first: Int, $after: String, $cycle: Int) { archive(id: $id) {
  ledgerTotalFen ledgerTotalAllCyclesFen ledgerEntryCount(cycle: $cycle)
  ledger(first: $first, after: $after, cycle: $cycle) { pageInfo { hasNextPage endCursor } edges { node { on description amountFen cycle } } }
} }`;

describe('the assistance ledger (帮扶台账)', () => {
  it('the grassroots admin records entries; the archive totals them', async () => {
    const first = await add('wenhualu', entry());
    expect(first.errors).toBeUndefined();
    expect(first.data!.addLedgerEntry.entry).toMatchObject({
      cycle: 1,
      actionPlan: 'TARGETED_WARMTH',
      amountFen: 50000,
      by: '王建设',
    });
    expect(first.data!.addLedgerEntry.archive.ledgerTotalFen).toBe(50000);
    await add(
      'wenhualu',
      entry({
        on: daysFromToday(-10),
        actionPlan: 'GOLDEN_AUTUMN_EDUCATION',
        description: '金秋助学金',
        amountFen: 200000,
      }),
    );
    // Goods are valued in fen; a visit with nothing handed over is worth 0 and still recorded.
    await add(
      'province',
      entry({
        on: daysFromToday(0),
        actionPlan: 'ONE_TO_ONE_PAIRING',
        description: '结对走访',
        amountFen: 0,
      }),
    );
    const res = await world.server.graphql(LEDGER, { id, first: 2 }, world.tokens.wenhualu);
    const a = res.data!.archive;
    expect(a.ledgerTotalFen).toBe(250000);
    expect(a.ledgerEntryCount).toBe(3);
    expect(
      a.ledger.edges.map((e: { node: { description: string } }) => e.node.description),
    ).toEqual(['结对走访', '金秋助学金']);
    expect(a.ledger.pageInfo.hasNextPage).toBe(true);
    const next = await world.server.graphql(
      LEDGER,
      { id, first: 2, after: a.ledger.pageInfo.endCursor },
      world.tokens.wenhualu,
    );
    expect(
      next.data!.archive.ledger.edges.map(
        (e: { node: { description: string } }) => e.node.description,
      ),
    ).toEqual(['春节慰问金']);
    expect(next.data!.archive.ledger.pageInfo.hasNextPage).toBe(false);
  });

  it('every entry is in the archive history', async () => {
    const rows = rowsOf<{ changes: { ledger: { to: { amountFen: number } } } }>(
      await world.server.db.execute(
        sql`select changes from archive_history where archive_id = ${id} and action = 'ADD_LEDGER_ENTRY' order by id`,
      ),
    );
    expect(rows.map((r) => r.changes.ledger.to.amountFen)).toEqual([50000, 200000, 0]);
  });

  it('ledgerTotalFen is the current cycle; ledgerTotalAllCyclesFen and the ledger cover every cycle', async () => {
    // Re-entry (a new cycle) is another engineer's mutation; the cycle is moved on directly here.
    await world.server.db.execute(sql`update archives set cycle = 2 where id = ${id}`);
    await add(
      'wenhualu',
      entry({ on: daysFromToday(-1), description: '重新纳入后慰问', amountFen: 30000 }),
    );
    const all = (await world.server.graphql(LEDGER, { id, first: 10 }, world.tokens.jinshui)).data!
      .archive;
    expect(all.ledgerTotalFen).toBe(30000);
    expect(all.ledgerTotalAllCyclesFen).toBe(280000);
    expect(all.ledgerEntryCount).toBe(4);
    expect(all.ledger.edges).toHaveLength(4);
    const second = (
      await world.server.graphql(LEDGER, { id, first: 10, cycle: 2 }, world.tokens.jinshui)
    ).data!.archive;
    expect(second.ledgerEntryCount).toBe(1);
    expect(second.ledger.edges).toHaveLength(1);
    expect(second.ledger.edges[0].node).toMatchObject({ cycle: 2, description: '重新纳入后慰问' });
  });
});

describe('refused ledger entries', () => {
  it('bad input names each field, and nothing is written', async () => {
    const before = await count(world, 'ledger_entries', id);
    const res = await add(
      'wenhualu',
      entry({ on: daysFromToday(1), amountFen: -1, description: '  ', by: '' }),
    );
    const err = res.data!.addLedgerEntry;
    expect(err.__typename).toBe('ValidationError');
    expect(
      Object.fromEntries(
        err.fieldErrors.map((e: { path: string[]; code: string }) => [e.path.join('.'), e.code]),
      ),
    ).toEqual({
      on: 'DATE_IN_FUTURE',
      amountFen: 'FEN_NEGATIVE',
      description: 'REQUIRED',
      by: 'REQUIRED',
    });
    for (const e of err.fieldErrors) expect(e.message).toMatch(/[\u4e00-\u9fa5]/);
    const early = await add('wenhualu', entry({ on: daysFromToday(-101) }));
    expect(early.data!.addLedgerEntry.fieldErrors).toEqual([
      expect.objectContaining({
        path: ['on'],
        code: 'DATE_BEFORE_APPROVAL',
        message: expect.stringContaining('审批建档'),
      }),
    ]);
    expect(await count(world, 'ledger_entries', id)).toBe(before);
  });

  it('an amount that is not whole fen never reaches the server', async () => {
    const res = await add('wenhualu', entry({ amountFen: 10.5 }));
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('only the archive’s grassroots union and the province keep the ledger', async () => {
    for (const user of ['huanghelu', 'jinshui', 'zhengzhou', 'analyst', 'gulou-jc', 'zz-analyst']) {
      const res = await add(user, entry());
      expect(res.errors?.[0]?.extensions?.code, user).toBe('FORBIDDEN');
    }
  });

  it('only on established archives', async () => {
    const draft = await draftArchive(world, 'wenhualu', 2);
    const res = await add('wenhualu', entry(), draft);
    expect(res.data!.addLedgerEntry.fieldErrors[0].code).toBe('ARCHIVE_NOT_ESTABLISHED');
    expect(await count(world, 'ledger_entries', draft)).toBe(0);
  });
});
