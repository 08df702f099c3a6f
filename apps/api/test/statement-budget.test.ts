import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  daysFromToday,
  establishedArchive,
  monthFromNow,
  rowsOf,
  startAssistanceWorld,
  type AssistanceWorld,
} from './support/assistance.js';

/*
 * SQL statements per request, the sign-in lookup every request makes not counted (docs/
 * performance.md). Each operation is asked over several archives, members and entries, so a
 * resolver that starts reading per row (N+1) breaks the budget at once.
 */

let world: AssistanceWorld;
let ids: string[];
beforeAll(async () => {
  world = await startAssistanceWorld();
  ids = [];
  for (let seq = 1; seq <= 4; seq++) ids.push(await establishedArchive(world, 'wenhualu', seq));
  for (const id of ids.slice(0, 2)) {
    const plan = await world.server.graphql(
      `mutation($id: ID!, $input: AssistancePlanInput!) { setAssistancePlan(archiveId: $id, input: $input) { __typename } }`,
      { id, input: { personPost: '社区主任', targetMonth: monthFromNow(12) } },
      world.tokens.wenhualu,
    );
    expect(plan.data?.setAssistancePlan.__typename).toBe('AssistancePlanPayload');
    for (const result of ['CONFIRMED', 'CONFIRMED']) {
      const check = await world.server.graphql(
        `mutation($id: ID!, $input: SpotCheckInput!) { recordSpotCheck(archiveId: $id, input: $input) { __typename } }`,
        { id, input: { on: daysFromToday(-5), checker: '郑州市总工会 陈刚', result } },
        world.tokens.zhengzhou,
      );
      expect(check.data?.recordSpotCheck.__typename).toBe('SpotCheckPayload');
    }
    for (let i = 0; i < 3; i++) await addEntry(id);
  }
});
afterAll(() => world?.server.close());

const ADD = `mutation($id: ID!, $input: LedgerEntryInput!) { addLedgerEntry(archiveId: $id, input: $input) {
  __typename ... on LedgerEntryPayload { entry { id on actionPlan amountFen } } ... on ValidationError { message } } }`;

const addEntry = (id: string) =>
  world.server.graphql(
    ADD,
    {
      id,
      input: {
        on: daysFromToday(-1),
        actionPlan: 'TARGETED_WARMTH',
        description: '春节慰问金',
        amountFen: 50_000,
        by: '王建设',
      },
    },
    world.tokens.wenhualu,
  );

/** The statements of a response besides the sign-in lookup (the sessions join). */
const work = (statements: string[]) => statements.filter((s) => !/from "sessions"/.test(s));

const PAGE = `query($f: ArchiveFilter) { archives(first: 50, filter: $f) {
  edges { node { id number name status hardshipCategory members { name relation }
  viewerCan { edit delete reveal manageAttachments keepAssistance spotCheck } } }
  pageInfo { hasNextPage endCursor } } }`;

describe('statements per request (sign-in lookup aside)', () => {
  // What the viewer may do with each archive is read from its own columns: no statement more.
  it('a page of archives with their members: one statement', async () => {
    const res = await world.server.graphql(PAGE, {}, world.tokens.zhengzhou);
    expect(res.errors).toBeUndefined();
    const edges = res.data!.archives.edges as { node: { members: unknown[] } }[];
    expect(edges).toHaveLength(ids.length);
    expect(edges.every((e) => e.node.members.length > 0)).toBe(true);
    expect(work(res.statements)).toHaveLength(1);
  });

  it('filtered by a union: its path first, so the page can use it as a literal prefix', async () => {
    const res = await world.server.graphql(
      PAGE,
      { f: { unionId: world.tree.unions.jinshui.id, status: 'ESTABLISHED' } },
      world.tokens.zhengzhou,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.archives.edges).toHaveLength(ids.length);
    expect(work(res.statements)).toHaveLength(2);
    expect(work(res.statements)[0]).toMatch(/from "unions"/);
  });

  it('totalCount only when asked: one statement more', async () => {
    const res = await world.server.graphql(
      `query { archives(first: 50) { totalCount edges { node { id members { name } } } } }`,
      {},
      world.tokens.zhengzhou,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.archives.totalCount).toBe(ids.length);
    expect(work(res.statements)).toHaveLength(2);
  });

  it('one archive with members, plan, ledger and spot checks: one statement', async () => {
    const res = await world.server.graphql(
      `query($id: ID!) { archive(id: $id) { id number status name hardshipCategory union { name }
        members { name relation } plan { targetMonth measures actionPlans }
        ledger(first: 20) { edges { node { on actionPlan amountFen } } } spotChecks { on result }
        viewerCan { edit keepAssistance spotCheck } availableActions } }`,
      { id: ids[0] },
      world.tokens.wenhualu,
    );
    expect(res.errors).toBeUndefined();
    const archive = res.data!.archive;
    expect(archive.members.length).toBeGreaterThan(0);
    expect(archive.plan).not.toBeNull();
    expect(archive.ledger.edges).toHaveLength(3);
    expect(archive.spotChecks).toHaveLength(2);
    expect(work(res.statements)).toHaveLength(1);
  });

  it('a ledger entry: the archive with its members, the entry and its history, the payload', async () => {
    const res = await addEntry(ids[1]!);
    expect(res.data!.addLedgerEntry.__typename).toBe('LedgerEntryPayload');
    expect(work(res.statements)).toHaveLength(3);
    expect(res.statements).toHaveLength(4);
    // The members read with the archive went into the history snapshot.
    const [history] = rowsOf<{ members: number }>(
      await world.server.db.execute(sql`
        select jsonb_array_length(snapshot->'members') as members from archive_history
        where archive_id = ${ids[1]!} and action = 'ADD_LEDGER_ENTRY' order by id desc limit 1`),
    );
    expect(history!.members).toBeGreaterThan(0);
  });

  it('a ledger correction: the entry, the archive with its members, reversal + replacement + history, the payload', async () => {
    const added = await addEntry(ids[2]!);
    const res = await world.server.graphql(
      `mutation($id: ID!, $input: LedgerCorrectionInput!) { correctLedgerEntry(entryId: $id, input: $input) {
        __typename ... on LedgerCorrectionPayload {
          corrected { id reversal { id correctionReason } replacement { id amountFen } } archive { ledgerTotalFen } } } }`,
      {
        id: added.data!.addLedgerEntry.entry.id,
        input: { reason: '金额录入错误', replacement: { amountFen: 5_000 } },
      },
      world.tokens.wenhualu,
    );
    expect(res.data!.correctLedgerEntry.__typename).toBe('LedgerCorrectionPayload');
    expect(res.data!.correctLedgerEntry.corrected.replacement.amountFen).toBe(5_000);
    expect(work(res.statements)).toHaveLength(5);
  });
});
