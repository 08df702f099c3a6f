import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  count,
  daysFromToday,
  establishedArchive,
  rowsOf,
  startAssistanceWorld,
  type AssistanceWorld,
} from './support/assistance.js';
import { summariesAndCounts } from './support/counting.js';
import { statistics } from './support/statistics.js';

/*
 * 更正帮扶台账: a wrong entry is corrected by a reversal (and a replacement), never edited or
 * deleted; totals, statistics and the history follow.
 */
let world: AssistanceWorld;
let id: string;
beforeAll(async () => {
  world = await startAssistanceWorld();
  id = await establishedArchive(world, 'wenhualu', 1, { approvedDaysAgo: 100 });
});
afterAll(() => world?.server.close());

const ADD = `mutation($id: ID!, $input: LedgerEntryInput!) { addLedgerEntry(archiveId: $id, input: $input) {
  __typename ... on LedgerEntryPayload { entry { id } } } }`;

const CORRECT = `mutation($entryId: ID!, $input: LedgerCorrectionInput!) { correctLedgerEntry(entryId: $entryId, input: $input) {
  __typename
  ... on LedgerCorrectionPayload {
    corrected { id amountFen reversal { id correctionReason } replacement { id } }
    reversal { id amountFen on actionPlan description correctionReason reverses { id } }
    replacement { id amountFen on description by replaces { id } }
    archive { ledgerTotalFen ledgerEntryCount }
  }
  ... on ValidationError { message fieldErrors { path code message } }
} }`;

async function addEntry(amountFen: number, description = '春节慰问金', user = 'wenhualu') {
  const res = await world.server.graphql(
    ADD,
    {
      id,
      input: {
        on: daysFromToday(-30),
        actionPlan: 'TARGETED_WARMTH',
        description,
        amountFen,
        by: '王建设',
      },
    },
    world.tokens[user],
  );
  expect(res.data?.addLedgerEntry.__typename, JSON.stringify(res)).toBe('LedgerEntryPayload');
  return res.data!.addLedgerEntry.entry.id as string;
}

const correct = (entryId: string, input: Record<string, unknown>, user = 'wenhualu') =>
  world.server.graphql(CORRECT, { entryId, input }, world.tokens[user]);

async function expectSummariesEqualCountsAndRebuild() {
  const { kept, counted } = await summariesAndCounts(world.server.db);
  expect(kept).toEqual(counted);
  await world.server.db.execute(sql`select statistics_rebuild()`);
  expect((await summariesAndCounts(world.server.db)).kept).toEqual(kept);
}

describe('correcting a ledger entry (更正)', () => {
  it('a wrong amount: reversal and replacement, the original kept and marked, totals right', async () => {
    const wrong = await addEntry(500_000);
    const before = await statistics(world, 'province');
    const res = await correct(wrong, {
      reason: '金额录入错误，应为 500 元',
      replacement: { amountFen: 50_000 },
    });
    expect(res.errors).toBeUndefined();
    const c = res.data!.correctLedgerEntry;
    expect(c.__typename, JSON.stringify(c)).toBe('LedgerCorrectionPayload');
    expect(c.corrected).toMatchObject({
      id: wrong,
      amountFen: 500_000,
      reversal: { id: c.reversal.id, correctionReason: '金额录入错误，应为 500 元' },
      replacement: { id: c.replacement.id },
    });
    expect(c.reversal).toMatchObject({
      amountFen: -500_000,
      on: daysFromToday(-30),
      actionPlan: 'TARGETED_WARMTH',
      description: '春节慰问金',
      reverses: { id: wrong },
    });
    expect(c.replacement).toMatchObject({
      amountFen: 50_000,
      on: daysFromToday(-30),
      description: '春节慰问金',
      by: '王建设',
      replaces: { id: wrong },
    });
    expect(c.archive.ledgerTotalFen).toBe(50_000);
    expect(c.archive.ledgerEntryCount).toBe(3);
    // Statistics count the one entry there is, with its right amount.
    const after = await statistics(world, 'province');
    expect(after.ledgerEntries).toBe(before.ledgerEntries);
    expect(after.ledgerAmountFen).toBe(before.ledgerAmountFen - 450_000);
    await expectSummariesEqualCountsAndRebuild();
  });

  it('a correction without replacement takes the entry back entirely', async () => {
    const duplicate = await addEntry(20_000, '重复登记');
    const before = await statistics(world, 'province');
    const res = await correct(duplicate, { reason: '重复登记' });
    const c = res.data!.correctLedgerEntry;
    expect(c.__typename, JSON.stringify(c)).toBe('LedgerCorrectionPayload');
    expect(c.replacement).toBeNull();
    expect(c.reversal.amountFen).toBe(-20_000);
    expect(c.archive.ledgerTotalFen).toBe(50_000);
    const after = await statistics(world, 'province');
    expect(after.ledgerEntries).toBe(before.ledgerEntries - 1);
    expect(after.ledgerAmountFen).toBe(before.ledgerAmountFen - 20_000);
    await expectSummariesEqualCountsAndRebuild();
  });

  it('every correction is in the history, with the reason', async () => {
    const rows = rowsOf<{
      changes: { reason: { to: string }; ledger: { from: { amountFen: number } } };
    }>(
      await world.server.db.execute(
        sql`select changes from archive_history where archive_id = ${id} and action = 'CORRECT_LEDGER_ENTRY' order by id`,
      ),
    );
    expect(rows.map((r) => [r.changes.reason.to, r.changes.ledger.from.amountFen])).toEqual([
      ['金额录入错误，应为 500 元', 500_000],
      ['重复登记', 20_000],
    ]);
  });

  it('an entry is corrected once; a reversal is never corrected; a replacement can be', async () => {
    const entry = await addEntry(10_000);
    const first = (await correct(entry, { reason: '经办人错误', replacement: { by: '李红' } }))
      .data!.correctLedgerEntry;
    expect(first.__typename).toBe('LedgerCorrectionPayload');
    const rows = await count(world, 'ledger_entries', id);
    const again = (await correct(entry, { reason: '再次更正' })).data!.correctLedgerEntry;
    expect(again.fieldErrors[0]).toMatchObject({ code: 'LEDGER_ENTRY_ALREADY_CORRECTED' });
    const reversal = (await correct(first.reversal.id, { reason: '冲销有误' })).data!
      .correctLedgerEntry;
    expect(reversal.fieldErrors[0]).toMatchObject({ code: 'LEDGER_ENTRY_IS_REVERSAL' });
    expect(reversal.message).toMatch(/冲销/);
    expect(await count(world, 'ledger_entries', id)).toBe(rows);
    const chain = (await correct(first.replacement.id, { reason: '替换记录也有误' })).data!
      .correctLedgerEntry;
    expect(chain.__typename).toBe('LedgerCorrectionPayload');
    await expectSummariesEqualCountsAndRebuild();
  });

  it('two corrections of one entry sent together: one stands, the other is refused', async () => {
    const entry = await addEntry(70_000);
    const results = await Promise.all([
      correct(entry, { reason: '甲更正' }),
      correct(entry, { reason: '乙更正', replacement: { amountFen: 7_000 } }, 'province'),
    ]);
    const kinds = results.map((r) => r.data!.correctLedgerEntry.__typename).sort();
    expect(kinds).toEqual(['LedgerCorrectionPayload', 'ValidationError']);
    const refused = results.find(
      (r) => r.data!.correctLedgerEntry.__typename === 'ValidationError',
    )!;
    expect(refused.data!.correctLedgerEntry.fieldErrors[0].code).toBe(
      'LEDGER_ENTRY_ALREADY_CORRECTED',
    );
    const [reversals] = rowsOf<{ n: number }>(
      await world.server.db.execute(
        sql`select count(*)::int as n from ledger_entries where reverses_entry_id = ${entry}`,
      ),
    );
    expect(reversals!.n).toBe(1);
    await expectSummariesEqualCountsAndRebuild();
  });

  it('bad input names each field and writes nothing', async () => {
    const entry = await addEntry(30_000);
    const rows = await count(world, 'ledger_entries', id);
    const history = await count(world, 'archive_history', id);
    const res = await correct(entry, {
      reason: '   ',
      replacement: { amountFen: -5, on: daysFromToday(1), description: ' ' },
    });
    const err = res.data!.correctLedgerEntry;
    expect(err.__typename).toBe('ValidationError');
    expect(
      Object.fromEntries(
        err.fieldErrors.map((e: { path: string[]; code: string }) => [e.path.join('.'), e.code]),
      ),
    ).toEqual({
      reason: 'REQUIRED',
      'replacement.amountFen': 'FEN_NEGATIVE',
      'replacement.on': 'DATE_IN_FUTURE',
      'replacement.description': 'REQUIRED',
    });
    for (const e of err.fieldErrors) expect(e.message).toMatch(/[\u4e00-\u9fa5]/);
    const same = (await correct(entry, { reason: '无变化', replacement: { amountFen: 30_000 } }))
      .data!.correctLedgerEntry;
    expect(same.fieldErrors[0]).toMatchObject({ code: 'LEDGER_CORRECTION_UNCHANGED' });
    // Whatever a person types as the reason, it is either accepted trimmed or refused in Chinese.
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 3 }).map((s) => s.replace(/\S/g, ' ')),
        async (blank) => {
          const r = (await correct(entry, { reason: blank })).data!.correctLedgerEntry;
          expect(r.fieldErrors[0]).toMatchObject({ path: ['reason'], code: 'REQUIRED' });
        },
      ),
      { numRuns: 5 },
    );
    const long = (await correct(entry, { reason: '因'.repeat(201) })).data!.correctLedgerEntry;
    expect(long.fieldErrors[0]).toMatchObject({ code: 'TEXT_TOO_LONG' });
    expect(await count(world, 'ledger_entries', id)).toBe(rows);
    expect(await count(world, 'archive_history', id)).toBe(history);
  });

  it('only those who keep the ledger correct it; an unknown entry is refused the same way', async () => {
    const entry = await addEntry(40_000);
    const rows = await count(world, 'ledger_entries', id);
    for (const user of ['huanghelu', 'jinshui', 'zhengzhou', 'analyst', 'gulou-jc', 'zz-analyst']) {
      const res = await correct(entry, { reason: '越权' }, user);
      expect(res.errors?.[0]?.extensions?.code, user).toBe('FORBIDDEN');
    }
    for (const unknown of ['00000000-0000-0000-0000-000000000001', 'not-an-id']) {
      const res = await correct(unknown, { reason: '不存在' });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await count(world, 'ledger_entries', id)).toBe(rows);
    // The province keeps every ledger, as it records entries anywhere.
    const province = (await correct(entry, { reason: '省总更正' }, 'province')).data!
      .correctLedgerEntry;
    expect(province.__typename).toBe('LedgerCorrectionPayload');
  });

  it('an archive whose only entry was voided counts as never assisted again', async () => {
    const other = await establishedArchive(world, 'wenhualu', 2, { approvedDaysAgo: 50 });
    const q = `query($id: ID!) { archive(id: $id) { neverAssisted } }`;
    const flagged = async () =>
      (await world.server.graphql(q, { id: other }, world.tokens.wenhualu)).data!.archive
        .neverAssisted;
    const listed = async () =>
      (
        await world.server.graphql(
          `query { archives(first: 50, filter: { neverAssisted: true }) { edges { node { id } } } }`,
          {},
          world.tokens.wenhualu,
        )
      ).data!.archives.edges.some((e: { node: { id: string } }) => e.node.id === other);
    const res = await world.server.graphql(
      ADD,
      {
        id: other,
        input: {
          on: daysFromToday(-3),
          actionPlan: 'TARGETED_WARMTH',
          description: '误登',
          amountFen: 100,
          by: '王建设',
        },
      },
      world.tokens.wenhualu,
    );
    const entry = res.data!.addLedgerEntry.entry.id as string;
    expect([await flagged(), await listed()]).toEqual([false, false]);
    const fixed = await correct(entry, {
      reason: '登记到了错误的档案',
      replacement: { amountFen: 200 },
    });
    expect(fixed.data!.correctLedgerEntry.__typename).toBe('LedgerCorrectionPayload');
    expect([await flagged(), await listed()]).toEqual([false, false]);
    const replacement = fixed.data!.correctLedgerEntry.replacement.id as string;
    await correct(replacement, { reason: '该户未领取' });
    expect([await flagged(), await listed()]).toEqual([true, true]);
  });

  it('the database itself refuses a second reversal, a reason-less reversal and a negative entry', async () => {
    const entry = await addEntry(60_000);
    const insert = (values: ReturnType<typeof sql>) =>
      world.server.db.execute(sql`insert into ledger_entries
        (archive_id, cycle, union_path, "on", action_plan, description, amount_fen, by, reverses_entry_id, correction_reason)
        select archive_id, cycle, union_path, "on", action_plan, description, ${values} from ledger_entries where id = ${entry}`);
    await expect(insert(sql`-1, by, null, null`)).rejects.toThrow();
    await expect(insert(sql`-amount_fen, by, id, null`)).rejects.toThrow();
    await insert(sql`-amount_fen, by, id, '直接冲销'`);
    await expect(insert(sql`-amount_fen, by, id, '再次冲销'`)).rejects.toThrow();
    await expectSummariesEqualCountsAndRebuild();
  });
});
